/**
 * Keeps the code free of the ways data becomes markup or code: no `innerHTML`, no
 * `dangerouslySetInnerHTML`, no D3 `.html()`, no `eval`. Also no style attributes written into
 * markup, which the Content-Security-Policy (`style-src 'self'`) would refuse; React `style` props
 * and `el.style.setProperty` go through the CSSOM and are fine.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const src = join(root, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so a doc comment may name what the code must not do. */
const code = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\binnerHTML\b/, "innerHTML"],
  [/\bouterHTML\b/, "outerHTML"],
  [/\binsertAdjacentHTML\b/, "insertAdjacentHTML"],
  [/\bdangerouslySetInnerHTML\b/, "dangerouslySetInnerHTML"],
  [/\.html\s*\(/, "D3 .html()"],
  [/\bdocument\.write(ln)?\s*\(/, "document.write"],
  [/\bcreateContextualFragment\b/, "createContextualFragment"],
  [/\bDOMParser\b/, "DOMParser"],
  [/(^|[^.\w])eval\s*\(/, "eval"],
  [/\bnew\s+Function\s*\(/, "new Function"],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, "string timers"],
  [/setAttribute\s*\(\s*["'`](style|on\w+)["'`]/, "style or event-handler attributes"],
  [/\.attr\s*\(\s*["'`](style|on\w+)["'`]/, "D3 style or event-handler attributes"],
];

/**
 * `style="` in a string is a style attribute in markup. The one allowed place writes the embed
 * snippet the reader copies into their own page; it is shown as text in a textarea, never parsed here.
 */
const STYLE_ATTRIBUTE_ALLOWED = new Set(["src/embed/embedCode.ts"]);

describe("src/ never turns data into markup or code", () => {
  const sources = files(src);

  it("scans every source file", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN.map(([re, name]) => [name, re] as const))("no %s", (_, re) => {
    const hits = sources.filter((f) => re.test(code(f))).map((f) => relative(root, f));
    expect(hits).toEqual([]);
  });

  it('no style="…" attributes in markup strings (the CSP refuses them), apart from the embed snippet', () => {
    const hits = sources.filter((f) => /style=\\?["']/.test(code(f))).map((f) => relative(root, f).split("\\").join("/"));
    expect(hits.filter((f) => !STYLE_ATTRIBUTE_ALLOWED.has(f))).toEqual([]);
  });

  it("index.html has no inline script, inline style or style attribute", () => {
    const html = readFileSync(join(root, "index.html"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
