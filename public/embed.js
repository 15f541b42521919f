/*
 * Cronica host script (no dependencies). Put it on the page that embeds Cronica:
 *
 *   <iframe src="https://example.org/cronica/?embed=1&…" data-cronica-embed
 *           width="100%" height="600" title="…" loading="lazy"></iframe>
 *   <script src="https://example.org/cronica/embed.js" async></script>
 *
 * It resizes each iframe marked `data-cronica-embed` to the height the embed reports, acting only
 * on messages whose `event.source` is that iframe's window and whose `event.origin` is exactly the
 * embed's origin ("null" for a frame sandboxed without allow-same-origin). It also offers
 * `window.Cronica.command(iframe, {command: "select", id: "…"})` to drive an embed from the page.
 * Protocol (version 1): the embed posts {type: "cronica:ready"}, {type: "cronica:height", height}
 * and {type: "cronica:select", id}; the page may send {type: "cronica:command", command, …}.
 */
(function () {
  "use strict";
  if (window.Cronica && window.Cronica.version === 1) return;

  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 10000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-cronica-embed]"));
  }

  /** The origin an embed's messages come from: "null" when sandboxed without allow-same-origin. */
  function expectedOrigin(iframe) {
    var sandbox = iframe.getAttribute("sandbox");
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return "null";
    try {
      return new URL(iframe.getAttribute("src") || "", document.baseURI).origin;
    } catch (e) {
      return "";
    }
  }

  function frameFor(event) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var iframe = list[i];
      if (event.source === iframe.contentWindow && event.origin === expectedOrigin(iframe)) return iframe;
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || typeof data.type !== "string" || data.type.indexOf("cronica:") !== 0) return;
    var iframe = frameFor(event);
    if (!iframe) return;
    if (data.type === "cronica:height" && typeof data.height === "number" && isFinite(data.height)) {
      var height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, data.height)));
      iframe.style.height = height + "px";
      iframe.setAttribute("height", String(height));
    }
    if (data.type === "cronica:ready") iframe.setAttribute("data-cronica-ready", "");
    if (data.type === "cronica:select") iframe.setAttribute("data-cronica-selected", typeof data.id === "string" ? data.id : "");
    try {
      iframe.dispatchEvent(new CustomEvent(data.type, { detail: data }));
    } catch (e) {
      /* old browsers: the attributes above still carry the state */
    }
  });

  window.Cronica = {
    version: 1,
    /** Sends a command to an embed; `command` is {command: "select", id} and the like. */
    command: function (iframe, command) {
      if (!iframe || !iframe.contentWindow) return;
      var message = { type: "cronica:command", version: 1 };
      for (var key in command) if (Object.prototype.hasOwnProperty.call(command, key)) message[key] = command[key];
      var origin = expectedOrigin(iframe);
      iframe.contentWindow.postMessage(message, origin === "null" || origin === "" ? "*" : origin);
    },
  };
})();
