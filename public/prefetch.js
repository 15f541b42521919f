// Starts reading the file that ?data= names while the app's own code is still loading, in a worker
// so the page's thread stays free. The app (src/data/load/prefetched.ts) adopts the file only if it
// arrived whole and within the size cap; in every other case it fetches again itself, so every error
// the reader sees comes from one place. Plain script, no imports: it runs before the app's modules.
(function () {
  "use strict";
  try {
    var text = new URLSearchParams(location.search).get("data");
    if (!text) return;
    var url = new URL(text);
    var local = url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
    // The app's own rule (checkDataUrl): https, or http on this machine.
    if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return;
    var worker = new Worker("./prefetch-worker.js");
    window.__cronicaPrefetch = {
      href: url.href,
      blob: new Promise(function (resolve) {
        worker.onmessage = function (ev) {
          resolve(ev.data instanceof Blob ? ev.data : null);
          worker.terminate();
        };
        worker.onerror = function (ev) {
          ev.preventDefault();
          resolve(null);
          worker.terminate();
        };
      }),
    };
    worker.postMessage(url.href);
  } catch (err) {
    // No worker here (a sandboxed frame) or a malformed address: the app loads the file itself.
  }
})();
