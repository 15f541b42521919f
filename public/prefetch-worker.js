// Fetches one dataset for public/prefetch.js with the app's request (no credentials, CORS, no
// referrer) and its cap, and posts it back as a Blob, or null for anything but a whole file.
"use strict";
// MAX_DATA_BYTES in src/data/load/limits.ts (a unit test keeps the two equal).
var MAX_BYTES = 52428800;

self.onmessage = async function (ev) {
  try {
    var response = await fetch(ev.data, { credentials: "omit", mode: "cors", redirect: "follow", referrerPolicy: "no-referrer" });
    var declared = Number(response.headers.get("content-length"));
    if (!response.ok || !response.body || (Number.isFinite(declared) && declared > MAX_BYTES)) {
      if (response.body) await response.body.cancel();
      return self.postMessage(null);
    }
    // Counted as it arrives: a compressed body's declared size is not what it unpacks to.
    var reader = response.body.getReader();
    var chunks = [];
    var bytes = 0;
    for (;;) {
      var part = await reader.read();
      if (part.done) break;
      bytes += part.value.byteLength;
      if (bytes > MAX_BYTES) {
        await reader.cancel();
        return self.postMessage(null);
      }
      chunks.push(part.value);
    }
    self.postMessage(new Blob(chunks));
  } catch (err) {
    self.postMessage(null);
  }
};
