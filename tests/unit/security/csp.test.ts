/**
 * The Content-Security-Policy and its copies: src/security/csp.ts, the <meta> in index.html, the
 * header `vite preview` sends and the one the README documents must all say the same thing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META } from "../../../src/security/csp.ts";
import viteConfig from "../../../vite.config.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
const directive = (name: string) => CSP_DIRECTIVES.find(([n]) => n === name)?.[1];
/** Parses `KEY=value` lines of a .env file. */
const env = (path: string) => Object.fromEntries(read(path).split("\n").filter((l) => /^\w+=/.test(l)).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));

describe("the policy", () => {
  it("allows no inline script, no eval and no script from anywhere but the site", () => {
    expect(CSP_HEADER).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|nonce-|sha256-/);
    expect(directive("script-src")).toBe("'self'");
    expect(directive("style-src")).toBe("'self'");
    expect(directive("default-src")).toBe("'self'");
    expect(directive("object-src")).toBe("'none'");
    expect(directive("base-uri")).toBe("'self'");
    expect(directive("form-action")).toBe("'self'");
  });

  it("the meta copy leaves out what a <meta> cannot carry (the browser would complain); the header adds frame-ancestors *", () => {
    expect(CSP_META).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors *`);
  });

  it("names each directive once", () => {
    const names = CSP_DIRECTIVES.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("its copies", () => {
  it("index.html carries the policy in a <meta> before any script or stylesheet", () => {
    const html = read("index.html").replace(/<!--[\s\S]*?-->/g, "");
    const meta = /<meta http-equiv="%VITE_CSP_HTTP_EQUIV%" content="([^"]*)" \/>/.exec(html);
    expect(meta?.[1]).toBe(CSP_META);
    const at = html.indexOf(meta![0]);
    for (const tag of ["<script", "<link", "<style"]) {
      const first = html.indexOf(tag);
      if (first >= 0) expect(at).toBeLessThan(first);
    }
  });

  it("the build names it Content-Security-Policy; only the dev server (hot reload injects inline code) does not", () => {
    expect(env(".env").VITE_CSP_HTTP_EQUIV).toBe("Content-Security-Policy");
    expect(env(".env.development").VITE_CSP_HTTP_EQUIV).not.toMatch(/content-security-policy/i);
  });

  it("vite preview sends the full header, and still the CORS header sandboxed embeds need", () => {
    const headers = (viteConfig as { preview?: { headers?: Record<string, string> } }).preview?.headers;
    expect(headers?.["Content-Security-Policy"]).toBe(CSP_HEADER);
    expect(headers?.["Access-Control-Allow-Origin"]).toBe("*");
  });

  it("the README documents the full header and the meta copy, word for word", () => {
    const readme = read("README.md");
    expect(readme).toContain("## Security");
    expect(readme).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
  });
});
