// Starts loading the file that ?data= names while the app's own code is still downloading: the
// app's load worker (its address is filled in at build time, see vite.config.ts) fetches the file
// with the app's rules, hands over its bytes, and goes on to check it. Its replies wait here until
// the app takes them over (src/data/load/prefetched.ts). Anything that is not a whole file is left
// to the app, which fetches again itself, so every error the reader sees comes from one place.
// Plain script, no imports: it runs before the app's modules.
(function () {
  "use strict";
  try {
    var text = new URLSearchParams(location.search).get("data");
    var script = document.currentScript;
    var workerUrl = script && script.getAttribute("data-load-worker");
    if (!text || !workerUrl) return;
    var href = new URL(text).href;
    var worker = new Worker(workerUrl, { type: "module" });
    var early = { href: href, worker: worker, replies: [], fetched: null, blob: null };
    early.blob = new Promise(function (resolve) {
      var stop = function () {
        resolve(null);
        worker.terminate();
        early.worker = null;
      };
      worker.onmessage = function (ev) {
        var reply = ev.data;
        if (reply && reply.kind === "fetched") {
          early.fetched = reply.blob;
          resolve(reply.blob);
        } else if (reply && reply.kind === "unfetched") stop();
        else early.replies.push(reply);
      };
      worker.onerror = function (ev) {
        ev.preventDefault();
        stop();
      };
    });
    window.__cronicaPrefetch = early;
    worker.postMessage({ prefetch: href });
  } catch (err) {
    // No worker here (a sandboxed frame, a page policy) or a malformed address: the app loads the file itself.
  }
})();
