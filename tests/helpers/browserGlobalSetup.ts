/**
 * Before the browser tests: find (or install) Chromium and serve the built app (`dist/`, made by
 * `npm test` before vitest starts) on loopback. Values reach the tests through `inject()`.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { ensureChromium } from "./chromium.ts";
import { startStaticServer } from "./staticServer.ts";

declare module "vitest" {
  export interface ProvidedContext {
    appOrigin: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL("../../dist", import.meta.url));
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error("dist/index.html is missing: run `npm run build` first (`npm test` does it for you).");
  }
  const chromiumPath = ensureChromium();
  // Hosts of sandboxed embeds must send this header (see README): module scripts from an opaque
  // origin are CORS requests.
  const server = await startStaticServer(dist, { headers: { "Access-Control-Allow-Origin": "*" } });
  project.provide("appOrigin", server.origin);
  project.provide("chromiumPath", chromiumPath);
  return async () => server.close();
}
