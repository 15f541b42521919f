// Loads ?data=<url> (a cronica/1 file) into a vis.Timeline. Plain JS: it runs as is in the page.
(function () {
  "use strict";
  var DAY = 86400000;
  var root = document.documentElement;

  function fail(err) {
    root.setAttribute("data-bench", "error");
    root.setAttribute("data-bench-error", String((err && err.message) || err));
  }
  window.addEventListener("error", function (e) { fail(e.error || e.message); });
  window.addEventListener("unhandledrejection", function (e) { fail(e.reason); });

  // EDTF subset of the synthetic data: YYYY[-MM[-DD]] with ~ ? % qualifiers.
  function dayStart(text) {
    var parts = text.replace(/[~?%]/g, "").split("-");
    return Date.UTC(Number(parts[0]), Number(parts[1] || 1) - 1, Number(parts[2] || 1));
  }

  function toItem(event, updated) {
    var ends = String(event.date).split("/");
    var item = { id: event.id, group: event.category, content: event.title, start: new Date(dayStart(ends[0])) };
    if (ends.length === 2) {
      // An ongoing interval ("..") runs to the dataset's updated date, as Cronica draws it.
      var end = ends[1] === ".." ? dayStart(updated) : dayStart(ends[1]) + DAY;
      item.end = new Date(end);
      item.type = "range";
    } else {
      item.type = "point";
    }
    return item;
  }

  async function main() {
    var url = new URL(location.href).searchParams.get("data");
    // The same request Cronica makes, so both read the same cached response.
    var response = await fetch(url, { credentials: "omit", mode: "cors", redirect: "follow", referrerPolicy: "no-referrer" });
    if (!response.ok) throw new Error("HTTP " + response.status + " for " + url);
    var text = await response.text();
    performance.mark("bench:fetched");
    var dataset = JSON.parse(text);
    performance.mark("bench:parsed");

    var groups = new vis.DataSet(dataset.categories.map(function (c, i) {
      return { id: c.id, content: typeof c.label === "string" ? c.label : c.id, order: i };
    }));
    var items = new vis.DataSet(dataset.events.map(function (e) { return toItem(e, dataset.updated); }));
    var min = Infinity, max = -Infinity;
    items.forEach(function (it) {
      min = Math.min(min, it.start.valueOf());
      max = Math.max(max, (it.end || it.start).valueOf());
    });
    var pad = (max - min) * 0.02;
    performance.mark("bench:items");

    // The whole extent from the start, so the first redraw already draws every item (no refit after it).
    var timeline = new vis.Timeline(document.getElementById("timeline"), items, groups, {
      start: new Date(min - pad),
      end: new Date(max + pad),
      height: "100%",
      onInitialDrawComplete: function () { performance.mark("bench:initialDrawComplete"); },
    });
    // vis keeps its root hidden until its initial draw is done: the first "changed" after that
    // is the first redraw a reader sees. onInitialDrawComplete (its own signal, a task later) is
    // recorded as well.
    var done = false;
    timeline.on("changed", function () {
      if (done || !timeline.initialDrawDone) return;
      done = true;
      performance.mark("bench:ready");
      root.setAttribute("data-bench", "ready");
    });
    window.benchTimeline = timeline;
  }
  main().catch(fail);
})();
