/**
 * The one impure export helper: hands a Blob to the browser as a download. Everything that makes
 * the Blob is pure (csv.ts, json.ts, svg.ts…); this is the only place that touches the page.
 */

/** Saves `blob` as `fileName` through a temporary <a download>; the object URL is revoked a tick later. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.hidden = true;
  // Inside an open modal <dialog> the rest of the page is inert; put the link where it can be clicked.
  const host = document.querySelector("dialog[open]") ?? document.body;
  host.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download before the browser has read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
