/// <reference types="vitest/config" />
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { CSP_HEADER } from "./src/security/csp.ts";

const BUNDLED_DATASET = fileURLToPath(new URL("./data/venezuela-2024.json", import.meta.url));

/**
 * `virtual:bundled-dataset`: the bundled file's exact text and its SHA-256, hashed here at build
 * time (and on every change in dev), so a first visit does not spend time hashing it in the browser.
 */
function bundledDataset(): Plugin {
  const id = "virtual:bundled-dataset";
  // Not the usual "\0" prefix: the chunk would be named "_virtual_…", and static hosts running
  // Jekyll (GitHub Pages) do not serve files whose names start with "_".
  const resolvedId = "bundled-dataset";
  return {
    name: "cronica-bundled-dataset",
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load(resolved) {
      if (resolved !== resolvedId) return undefined;
      this.addWatchFile(BUNDLED_DATASET);
      const bytes = readFileSync(BUNDLED_DATASET);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      return `export const text = ${JSON.stringify(bytes.toString("utf8"))};\nexport const sha256 = ${JSON.stringify(sha256)};\n`;
    },
  };
}

/**
 * Tells `public/prefetch.js` where the built load worker is (its name has a content hash), so it
 * can start loading a `?data=` file before the app's code has arrived. Build only: under the dev
 * server the attribute is absent and the app loads the file itself.
 */
function loadWorkerAddress(): Plugin {
  return {
    name: "cronica-load-worker-address",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const worker = Object.keys(ctx.bundle ?? {}).filter((f) => /^assets\/loadWorker-[\w-]+\.js$/.test(f));
        if (worker.length !== 1) throw new Error(`expected one load worker in the build, found ${worker.length}`);
        const tag = 'src="./prefetch.js"';
        if (!html.includes(tag)) throw new Error("index.html no longer loads ./prefetch.js");
        return html.replace(tag, `${tag} data-load-worker="./${worker[0]}"`);
      },
    },
  };
}

// `base: "./"` keeps every asset URL relative, so `dist/` works from any sub-path of any host.
export default defineConfig({
  base: "./",
  plugins: [react(), bundledDataset(), loadWorkerAddress()],
  build: { target: "es2022", sourcemap: false, reportCompressedSize: false },
  // Sandboxed embeds (an opaque origin) load module scripts with CORS: hosts must send this header.
  // The full Content-Security-Policy (with frame-ancestors, which a <meta> cannot carry): see README "Security".
  preview: { headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": CSP_HEADER } },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run thousands of cases: on 2 busy cores some pass the 5 s default.
        test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["tests/components/**/*.test.tsx"],
          setupFiles: ["tests/helpers/componentSetup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/helpers/browserGlobalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
