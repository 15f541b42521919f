/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { CSP_HEADER } from "./src/security/csp.ts";

// `base: "./"` keeps every asset URL relative, so `dist/` works from any sub-path of any host.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { target: "es2022", sourcemap: false, reportCompressedSize: false },
  // Sandboxed embeds (an opaque origin) load module scripts with CORS: hosts must send this header.
  // The full Content-Security-Policy (with frame-ancestors, which a <meta> cannot carry): see README "Security".
  preview: { headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": CSP_HEADER } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", environment: "node", include: ["tests/unit/**/*.test.ts"] },
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
