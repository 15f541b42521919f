/**
 * Host pages for the embed tests, served from a second origin (http://localhost:<port>) while the
 * app is on http://127.0.0.1:<port>: one page per way an educator embeds Cronica.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStaticServer } from "./staticServer.ts";
import type { StaticServer } from "./staticServer.ts";

export interface HostSite {
  /** e.g. http://localhost:40125 */
  origin: string;
  close: () => Promise<void>;
}

/** Attributes per pattern; `{APP}` is the app's origin. */
export const PATTERNS = {
  plain: { iframe: `width="100%" height="520"`, script: false, hash: "" },
  responsive: { iframe: `width="100%" height="520" data-cronica-embed`, script: true, hash: "" },
  "wordpress-sandbox": { iframe: `width="100%" height="520" sandbox="allow-scripts" data-cronica-embed`, script: true, hash: "#?secret=abc123XYZ" },
  "lms-sandbox": { iframe: `width="100%" height="520" sandbox="allow-scripts allow-same-origin allow-popups" data-cronica-embed`, script: true, hash: "" },
  narrow: { iframe: `width="320" height="520" data-cronica-embed`, script: true, hash: "" },
} as const;
export type Pattern = keyof typeof PATTERNS | "nested";

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host page</title></head>
<body><h1>Course page</h1><p>Lesson text before the timeline.</p><button id="before">A button before the embed</button>
${body}
<p style="height:1500px">Lesson text after the timeline.</p>
<script>
  window.hostLog = [];
  window.addEventListener("message", function (e) { window.hostLog.push({ origin: e.origin, data: e.data }); });
</script>
</body></html>`;
}

/** Writes the host pages for an app at `appOrigin` and serves them on localhost. */
export async function startHostSite(appOrigin: string, query: string): Promise<HostSite> {
  const dir = mkdtempSync(join(tmpdir(), "cronica-host-"));
  for (const [name, p] of Object.entries(PATTERNS)) {
    const src = `${appOrigin}/index.html?${query}${p.hash}`;
    const script = p.script ? `<script src="${appOrigin}/embed.js" async></script>` : "";
    writeFileSync(join(dir, `${name}.html`), page(`<iframe id="embed" src="${src}" ${p.iframe} title="Cronica: Venezuela 2024" loading="lazy"></iframe>${script}`));
  }
  // Doubly nested: the host page frames a page of its own, which embeds Cronica.
  const inner = `<iframe id="embed" src="${appOrigin}/index.html?${query}" width="100%" height="480" data-cronica-embed title="Cronica"></iframe><script src="${appOrigin}/embed.js" async></script>`;
  writeFileSync(join(dir, "inner.html"), page(inner));
  writeFileSync(join(dir, "nested.html"), page(`<iframe id="outer" src="inner.html" width="100%" height="900" title="Lesson"></iframe>`));
  const server: StaticServer = await startStaticServer(dir);
  return { origin: server.origin.replace("127.0.0.1", "localhost"), close: server.close };
}
