/**
 * Trust, in real Chromium against the built app: the Content-Security-Policy holds everywhere (the
 * page, its dialogs, the downloads, the embed), the page asks no other site for anything, and
 * hostile data, links, commands and URL parameters are shown as text, refused or ignored, never run.
 *
 * Every page is watched from before its first script (an init script in every frame): any
 * `securitypolicyviolation`, any console message about the policy, any dialog (`alert`) and any
 * write to `window.__pwned` (what every payload in tests/fixtures/hostile does if it ever runs).
 */
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { CSP_META } from "../../src/security/csp.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { startHostSite } from "../helpers/hostPages.ts";
import type { HostSite } from "../helpers/hostPages.ts";
import { startStaticServer } from "../helpers/staticServer.ts";
import type { StaticServer } from "../helpers/staticServer.ts";
import { validDataset } from "../helpers/datasetFixture.ts";
import { HOSTILE_CASES } from "../fixtures/hostile/cases.ts";
import { MARKUP } from "../fixtures/hostile/payloads.ts";

const hostileDir = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const bundledTotal = (JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as { events: unknown[] }).events.length;
const MiB = 1024 * 1024;

let browser: Browser;
let app: string;
let fixtures: StaticServer; // the hostile fixtures, readable from other origins (for ?data=)
let host: HostSite; // host pages embedding the app from another origin
let scratch: string;
beforeAll(async () => {
  app = inject("appOrigin");
  browser = await launchBrowser();
  fixtures = await startStaticServer(hostileDir, { headers: { "Access-Control-Allow-Origin": "*" } });
  host = await startHostSite(app, "embed=1&lang=en&controls=full");
  scratch = mkdtempSync(join(tmpdir(), "cronica-security-"));
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  await host?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** What went wrong on a page, seen from outside it. */
interface Watch {
  context: BrowserContext;
  page: Page;
  /** `securitypolicyviolation` events, in any frame: "directive blocked-uri source:line". */
  violations: string[];
  /** Console messages that mention the policy, in any frame. */
  cspConsole: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Messages of dialogs that opened (each is dismissed). */
  dialogs: string[];
  /** Values written to window.__pwned, in any frame. */
  pwned: string[];
  /** Every URL the page and its frames requested. */
  requests: string[];
}

/** A new context and page, watched from before the first script of every frame. */
async function watched(options: { width?: number } = {}): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, locale: "en-GB", deviceScaleFactor: 1 });
  const w: Watch = { context, page: undefined as unknown as Page, violations: [], cspConsole: [], errors: [], dialogs: [], pwned: [], requests: [] };
  await context.exposeBinding("__cronicaWatch", (_source, kind: string, detail: string) => {
    if (kind === "csp") w.violations.push(detail);
    else w.pwned.push(detail);
  });
  await context.addInitScript(() => {
    const report = (kind: string, detail: string) => {
      try {
        void (window as unknown as { __cronicaWatch: (k: string, d: string) => Promise<void> }).__cronicaWatch(kind, detail);
      } catch {
        // The binding is not there yet in a frame that is being torn down.
      }
    };
    document.addEventListener("securitypolicyviolation", (e) => report("csp", `${e.violatedDirective} ${e.blockedURI || "inline"} ${e.sourceFile}:${e.lineNumber} ${e.sample}`), true);
    Object.defineProperty(window, "__pwned", { configurable: false, get: () => undefined, set: (v: unknown) => report("pwned", String(v)) });
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) w.cspConsole.push(m.text());
    else if (m.type() === "error") w.errors.push(m.text());
  });
  page.on("pageerror", (e) => w.errors.push(String(e)));
  page.on("dialog", (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => w.requests.push(r.url()));
  w.page = page;
  return w;
}

/** Nothing ran, nothing was refused by the policy, nothing went wrong. */
function expectClean(w: Watch, what: string) {
  expect({ what, violations: w.violations, cspConsole: w.cspConsole, dialogs: w.dialogs, pwned: w.pwned, errors: w.errors }).toEqual({ what, violations: [], cspConsole: [], dialogs: [], pwned: [], errors: [] });
}

/** Origins other than the app's (and `allowed`) that the page asked for anything. `data:` is no request. */
function foreignOrigins(w: Watch, allowed: readonly string[] = []): string[] {
  const origins = w.requests.filter((u) => !u.startsWith("data:")).map((u) => new URL(u).origin);
  return [...new Set(origins)].filter((o) => o !== app && !allowed.includes(o));
}

/** Opens the app at `query` on the watched page and waits until it says it is ready (or failed). */
async function goto(w: Watch, query: string, waitFor: "ready" | "error" = "ready") {
  await w.page.goto(`${app}/index.html${query}`);
  await w.page.waitForSelector(`html[data-cronica="${waitFor}"]`, { timeout: 15_000 });
}

/** What the DOM holds that data must never create: scripts, images, frames, handlers, odd links. */
function markupFromData(frame: Page | Frame) {
  return frame.evaluate((appOrigin) => {
    const all = [...document.querySelectorAll("*")];
    return {
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      scriptsFromElsewhere: [...document.scripts].filter((s) => s.src && !s.src.startsWith(`${appOrigin}/`)).map((s) => s.src),
      styleElements: document.querySelectorAll("style").length,
      embedded: [...document.querySelectorAll("img, iframe, object, embed, base, form[action], meta[http-equiv]:not([http-equiv='Content-Security-Policy'])")].map((e) => e.outerHTML.slice(0, 80)),
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 80)),
      links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href).filter((href) => !/^https?:\/\//.test(href)),
    };
  }, app);
}
const NO_MARKUP = { inlineScripts: 0, scriptsFromElsewhere: [], styleElements: 0, embedded: [], handlers: [], links: [] };

const countText = (frame: Page | Frame) => frame.locator(".result-count").textContent();
/** The text of whatever matches now ("" when nothing does): for polls, which must not wait. */
const textNow = async (frame: Page | Frame, selector: string) => (await frame.locator(selector).allTextContents()).join("\n");

describe("the Content-Security-Policy, in Chromium", () => {
  it("the built index.html carries it first, with no inline script, style or handler", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;
    expect(html).toContain(meta);
    expect(html.indexOf(meta)).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=/i);
    // Vite's module preload polyfill, when it exists, is an inline script: there is none. The
    // scripts are the early reader of ?data= (public/prefetch.js) and the app.
    expect(html.match(/<script\b[^>]*>/g)).toEqual([expect.stringContaining('src="./prefetch.js"'), expect.stringMatching(/type="module".*src="\.\/assets\/index-/)]);
  });

  it("the page, its three dialogs, the SVG and PNG downloads and the embed cause no violation and no third-party request", async () => {
    const w = await watched();
    const { page } = w;
    await goto(w, "");

    await page.getByRole("button", { name: "Open data" }).click();
    await page.getByRole("dialog", { name: "Open your own data" }).waitFor();
    await page.getByRole("button", { name: "Close", exact: true }).click();

    await page.getByRole("button", { name: "Share / Embed" }).click();
    const share = page.getByRole("dialog", { name: "Share or embed this view" });
    await share.waitFor();
    const preview = page.frameLocator(".share-preview iframe");
    await preview.locator('html[data-cronica="ready"]').waitFor({ timeout: 15_000 });
    await share.getByRole("button", { name: "Close", exact: true }).click();

    await page.getByRole("button", { name: "Download", exact: true }).click();
    const download = page.getByRole("dialog", { name: "Download and cite" });
    await download.waitFor();
    for (const name of ["SVG", "PNG 2×"]) {
      const [file] = await Promise.all([page.waitForEvent("download"), download.getByRole("button", { name, exact: true }).click()]);
      expect(file.suggestedFilename()).toMatch(name === "SVG" ? /\.svg$/ : /\.png$/);
    }
    await download.getByRole("button", { name: "Close", exact: true }).click();

    await goto(w, "?embed=1&controls=full&theme=dark");
    expect(await countText(page)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);

    expectClean(w, "main page, dialogs, downloads, embed");
    expect(foreignOrigins(w)).toEqual([]);
    expect(w.requests.some((u) => u.startsWith(`blob:${app}/`))).toBe(true); // the PNG was drawn from a blob: URL

    // The policy is really in force, and this watch would see a breach: an injected inline script
    // and a style attribute are refused and reported.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__pwned = 'inline script ran'";
      document.body.append(script);
      const div = document.createElement("div");
      div.setAttribute("style", "outline: 5px solid red");
      document.body.append(div);
    });
    await expect.poll(() => w.violations.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(w.violations.map((v) => v.split(" ")[0])).toEqual(expect.arrayContaining(["script-src-elem", "style-src-attr"]));
    await expect.poll(() => w.cspConsole.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(w.pwned).toEqual([]);
    await w.context.close();
  });

  it("an embed in a host page's sandbox (opaque origin, no worker) runs under the policy without a violation", async () => {
    const w = await watched();
    await w.page.goto(`${host.origin}/wordpress-sandbox.html`);
    let frame: Frame | undefined;
    await expect.poll(() => (frame = w.page.frames().find((f) => f.url().includes("embed=1"))) !== undefined, { timeout: 10_000 }).toBe(true);
    await frame!.waitForSelector('html[data-cronica="ready"]', { timeout: 15_000 });
    expect(await countText(frame!)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);
    expectClean(w, "sandboxed embed");
    expect(foreignOrigins(w, [host.origin])).toEqual([]);
    await w.context.close();
  });
});

describe("hostile data, in Chromium", () => {
  it("every hostile fixture through the file picker loads or is refused as cases.ts says; refused ones leave the data on screen", async () => {
    const w = await watched();
    const { page } = w;
    await goto(w, "");
    await page.getByRole("button", { name: "Open data" }).click();
    const input = page.locator('input[type="file"]');
    let onScreen = `Showing ${bundledTotal} of ${bundledTotal} events`;
    for (const c of HOSTILE_CASES) {
      const outcome = c.opened ?? c.outcome;
      await input.setInputFiles(join(hostileDir, c.file));
      if ("loads" in outcome) {
        await expect.poll(() => textNow(page, ".data-ok"), { message: c.file, timeout: 10_000 }).toBe(`Opened ${outcome.loads} ${outcome.loads === 1 ? "event" : "events"} from ${c.file}.`);
        onScreen = `Showing ${outcome.loads} of ${outcome.loads} ${outcome.loads === 1 ? "event" : "events"}`;
      } else {
        await expect.poll(() => textNow(page, ".data-problems"), { message: c.file, timeout: 10_000 }).toContain(`${c.file}: Problems found`);
        const text = await textNow(page, ".data-problems");
        for (const m of outcome.refused) expect(text, c.file).toContain(m);
        const partial = await page.getByRole("button", { name: /^Load the \d+ valid events? only$/ }).allTextContents();
        expect(partial, c.file).toEqual(outcome.partial === undefined ? [] : [`Load the ${outcome.partial} valid ${outcome.partial === 1 ? "event" : "events"} only`]);
      }
      expect(await countText(page), c.file).toBe(onScreen);
    }
    expectClean(w, "fixtures through the file picker");
    expect(await markupFromData(page)).toEqual(NO_MARKUP);
    await w.context.close();
  });

  it("markup in every field is shown as text everywhere it appears: header, lists, details, facets, downloads", async () => {
    const w = await watched();
    const { page } = w;
    await goto(w, "");
    await page.getByRole("button", { name: "Open data" }).click();
    await page.locator('input[type="file"]').setInputFiles(join(hostileDir, "markup-everywhere.json"));
    await expect.poll(() => textNow(page, ".data-ok"), { timeout: 10_000 }).toBe("Opened 3 events from markup-everywhere.json.");
    await page.getByRole("button", { name: "Close", exact: true }).click();

    const dataset = JSON.parse(readFileSync(join(hostileDir, "markup-everywhere.json"), "utf8")) as { title: { en: string }; events: { id: string; title: string; summary: { en: string }; notes: string }[] };
    expect(await page.locator("h1").textContent()).toBe(dataset.title.en);
    for (const e of dataset.events) {
      await page.locator(`.event-list tr[data-event-id="${e.id}"] button`).click();
      await expect.poll(() => textNow(page, "#event-details-heading"), { timeout: 5_000 }).toBe(e.title);
      const text = await textNow(page, ".detail-panel");
      for (const field of [e.summary.en, e.notes]) expect(text).toContain(field);
    }
    await page.locator('.timeline-svg [data-event-id="markup-1"] .mark-shape').hover();
    await expect.poll(() => textNow(page, ".tooltip"), { timeout: 5_000 }).toContain(dataset.events[0]!.title);
    for (const facet of await page.locator("details.facet").all()) await facet.locator("summary").click();
    const body = (await page.locator("body").textContent())!;
    for (const p of MARKUP) expect(body, p).toContain(p);

    await page.getByRole("button", { name: "Download", exact: true }).click();
    const download = page.getByRole("dialog", { name: "Download and cite" });
    for (const name of ["SVG", "PNG 2×", "CSV", "JSON"]) await Promise.all([page.waitForEvent("download"), download.getByRole("button", { name, exact: true }).click()]);
    await download.getByRole("button", { name: "Close", exact: true }).click();

    expectClean(w, "markup everywhere");
    expect(await markupFromData(page)).toEqual(NO_MARKUP);
    await w.context.close();
  });

  it("every hostile fixture through ?data= loads or is refused with its problems, without running anything", async () => {
    const w = await watched();
    for (const c of HOSTILE_CASES) {
      const outcome = c.opened ?? c.outcome;
      await goto(w, `?data=${encodeURIComponent(`${fixtures.origin}/${c.file}`)}`, "loads" in outcome ? "ready" : "error");
      if ("loads" in outcome) {
        expect(await countText(w.page), c.file).toBe(`Showing ${outcome.loads} of ${outcome.loads} ${outcome.loads === 1 ? "event" : "events"}`);
      } else {
        const text = (await w.page.locator(".load-error").textContent())!;
        expect(text, c.file).toContain(`${new URL(fixtures.origin).host}: Problems found`);
        for (const m of outcome.refused) expect(text, c.file).toContain(m);
      }
      expect(await markupFromData(w.page), c.file).toEqual(NO_MARKUP);
    }
    expectClean(w, "fixtures through ?data=");
    expect(foreignOrigins(w, [fixtures.origin])).toEqual([]);
    await w.context.close();
  });

  it("made at run time: 10,000-deep nesting is refused, a 1,000,000-character title loads, and the page keeps answering", async () => {
    const w = await watched();
    const { page } = w;
    await goto(w, "");
    await page.getByRole("button", { name: "Open data" }).click();
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: "deep.json", mimeType: "application/json", buffer: Buffer.from(`${"[".repeat(10_000)}${"]".repeat(10_000)}`) });
    await expect.poll(() => textNow(page, ".data-problems"), { timeout: 10_000 }).toContain("This is a JSON file, but not one Cronica reads");

    const huge = validDataset() as unknown as { title: string; events: { title: string }[] };
    huge.title = `${"<script>alert(1)</script>".repeat(40_000)}`;
    huge.events[0]!.title = "W".repeat(1_000_000);
    await input.setInputFiles({ name: "huge-title.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(huge)) });
    await expect.poll(() => textNow(page, ".data-ok"), { timeout: 20_000 }).toBe("Opened 4 events from huge-title.json.");
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await page.locator("h1").evaluate((h) => h.textContent?.length)).toBe(1_000_000);
    expectClean(w, "deep nesting and a huge title");
    expect(await markupFromData(page)).toEqual(NO_MARKUP);
    await w.context.close();
  });

  it("a 100 MB file is refused by its size without being read, and the page stays responsive", async () => {
    const path = join(scratch, "huge.json");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 100 * MiB); // sparse: instant, and takes no disk
    closeSync(fd);
    const w = await watched();
    const { page } = w;
    // Count every way the page could read a file or hand it to a worker.
    await w.context.addInitScript(() => {
      const reads = ((window as unknown as { __reads: string[] }).__reads = [] as string[]);
      for (const name of ["text", "arrayBuffer", "stream", "slice", "bytes"] as const) {
        const original = (Blob.prototype as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
        if (!original) continue;
        (Blob.prototype as unknown as Record<string, unknown>)[name] = function (this: Blob, ...args: unknown[]) {
          reads.push(`Blob.${name} ${this.size}`);
          return original.apply(this, args);
        };
      }
      for (const name of ["readAsText", "readAsArrayBuffer", "readAsDataURL", "readAsBinaryString"] as const) {
        const original = FileReader.prototype[name] as (...a: unknown[]) => void;
        (FileReader.prototype as unknown as Record<string, unknown>)[name] = function (this: FileReader, ...args: unknown[]) {
          reads.push(`FileReader.${name}`);
          return original.apply(this, args);
        };
      }
      const RealWorker = window.Worker;
      window.Worker = class extends RealWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          reads.push("new Worker");
          super(url, options);
        }
      };
    });
    await goto(w, "");
    await page.getByRole("button", { name: "Open data" }).click();
    // A heartbeat: the longest gap between timer ticks while the file is handled.
    await page.evaluate(() => {
      const state = ((window as unknown as { __beat: { last: number; worst: number } }).__beat = { last: performance.now(), worst: 0 });
      const tick = () => {
        const now = performance.now();
        state.worst = Math.max(state.worst, now - state.last);
        state.last = now;
        setTimeout(tick, 10);
      };
      setTimeout(tick, 10);
    });
    await page.locator('input[type="file"]').setInputFiles(path);
    await expect.poll(() => textNow(page, ".data-problems"), { timeout: 10_000 }).toContain("huge.json: Problems found: 1");
    expect(await textNow(page, ".data-problems")).toContain("The file is 100.0 MB; Cronica opens files up to 50.0 MB");
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __reads: string[] }).__reads)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __beat: { worst: number } }).__beat.worst)).toBeLessThan(1_000);
    expect(await countText(page)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);
    // Still answering: a filter still filters.
    await page.getByRole("button", { name: "Keep the current data" }).click();
    await page.locator("#cronica-search").fill("zzzz-no-such-event");
    await expect.poll(() => countText(page), { timeout: 5_000 }).toBe(`Showing 0 of ${bundledTotal} events`);
    expectClean(w, "100 MB file");
    await w.context.close();
  });
});

describe("hostile commands and parameters, in Chromium", () => {
  it("postMessage commands from the host page: hostile ones are ignored or shown as text, and the embed keeps working", async () => {
    const w = await watched();
    await w.page.goto(`${host.origin}/plain.html`);
    let frame: Frame | undefined;
    await expect.poll(() => (frame = w.page.frames().find((f) => f.url().includes("embed=1"))) !== undefined, { timeout: 10_000 }).toBe(true);
    await frame!.waitForSelector('html[data-cronica="ready"]', { timeout: 15_000 });
    const embed = frame!;
    const hostile = MARKUP[1];
    await w.page.evaluate(
      ({ markup, hostile }) => {
        const target = (document.getElementById("embed") as HTMLIFrameElement).contentWindow!;
        const send = (data: unknown) => target.postMessage(data, "*");
        let deep: unknown = { command: "select", id: "x" };
        for (let i = 0; i < 1000; i++) deep = { type: "cronica:command", command: "setFilters", cat: deep };
        const battery: unknown[] = [
          markup[0],
          null,
          42,
          [1, 2, 3],
          deep,
          { type: "cronica:command", command: "select", id: markup[0] },
          { type: "cronica:command", command: "select", id: "no-such-event" },
          { type: "cronica:command", command: "select", id: "x".repeat(1_000_000) },
          { type: "cronica:command", command: "setLanguage", lang: "__proto__" },
          { type: "cronica:command", command: "setLanguage", lang: { toString: null } },
          { type: "cronica:command", command: "__proto__", polluted: "yes" },
          { type: "cronica:command", command: "constructor" },
          JSON.parse('{"type":"cronica:command","command":"setFilters","__proto__":{"polluted":"yes"},"q":"ok"}'),
          { type: "cronica:command", command: "setFilters", cat: markup, from: "0000-00-00", to: "+275760-09-13" },
          { type: "cronica:command", command: "setFilters", q: "q".repeat(5000) },
          { type: "cronica:command", command: "setFilters", cat: "a".repeat(3000) },
          { type: "cronica:command", command: "setFilters", cat: ["release", "<b>x</b>"], from: "2025", to: "2024-01" },
          { type: "cronica:command", command: "setFilters", q: hostile },
          { type: "cronica:command", command: "setFilters", from: "2024-02-30", to: null },
          { type: "cronica:command", version: 2, command: "select", id: "2024-07-28-election-day" },
        ];
        for (const data of battery) send(data);
      },
      { markup: MARKUP as readonly string[], hostile },
    );
    // The last valid command (q = a markup payload) is shown as the search text, as text.
    await expect.poll(() => embed.locator("#cronica-search").inputValue(), { timeout: 10_000 }).toBe(hostile);
    expect(await embed.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    // Still obeying its parent.
    await w.page.evaluate(() => {
      const target = (document.getElementById("embed") as HTMLIFrameElement).contentWindow!;
      target.postMessage({ type: "cronica:command", command: "setFilters", q: "", cat: [], from: null, to: null }, "*");
      target.postMessage({ type: "cronica:command", command: "select", id: "2024-07-28-election-day" }, "*");
    });
    await expect.poll(() => embed.locator("#event-details-heading").count(), { timeout: 10_000 }).toBe(1);
    expect(await countText(embed)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);
    expectClean(w, "hostile commands");
    expect(await markupFromData(embed)).toEqual(NO_MARKUP);
    await w.context.close();
  });

  it("a battery of malformed URL parameters is ignored with a notice each, and the app works", async () => {
    const w = await watched();
    const long = "x".repeat(3000);
    const battery = [
      "lang=fr",
      "lang=es",
      `event=${encodeURIComponent(MARKUP[0])}`,
      "cat=release,%3Cb%3E",
      "q=" + "q".repeat(201),
      "from=2025-01-01",
      "to=2024-01-01",
      "conf=sure",
      "zzz=1",
      `${encodeURIComponent("<img src=x onerror=alert(1)>")}=1`,
      "__proto__=polluted",
      `actor=${long}`,
      "actor=",
      "theme=%3Cscript%3E",
      "controls=99",
    ].join("&");
    await goto(w, `?${battery}`);
    const notices = () => w.page.locator(".notice").allTextContents();
    const text = (await notices()).join("\n");
    for (const [name, why] of [
      ["lang", "more than once"],
      ["event", "cannot read"],
      ["cat", "cannot read"],
      ["q", "too long"],
      ["from", "ends before it starts"],
      ["to", "ends before it starts"],
      ["conf", "cannot read"],
      ["zzz", "not a setting Cronica knows"],
      ["<img src=x onerror=alert(1)>", "not a setting Cronica knows"],
      ["__proto__", "not a setting Cronica knows"],
      ["actor", "too long"],
    ] as const) {
      expect(text, name).toMatch(new RegExp(`“${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”[^\\n]*${why}`));
    }
    expect(await countText(w.page)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);

    // An id this dataset does not have: ignored, with a notice.
    await goto(w, "?event=no-such-event&cat=no-such-category");
    const second = (await notices()).join("\n");
    expect(second).toContain("No event with the id “no-such-event”");
    expect(second).toContain("no-such-category");

    // Errors nothing caught become a notice too; the page carries on.
    await w.page.evaluate(() => {
      setTimeout(() => {
        throw new Error("a click handler broke");
      });
      void Promise.reject(new Error("a download failed"));
    });
    await expect.poll(async () => (await notices()).join("\n"), { timeout: 5_000 }).toContain("Something went wrong: a click handler broke.");
    await expect.poll(async () => (await notices()).join("\n"), { timeout: 5_000 }).toContain("Something went wrong: a download failed.");
    expect(w.errors.filter((e) => !/a click handler broke|a download failed/.test(e))).toEqual([]);
    w.errors.length = 0;
    await w.page.locator("#cronica-search").fill("zzzz-no-such-event");
    await expect.poll(() => countText(w.page), { timeout: 5_000 }).toBe(`Showing 0 of ${bundledTotal} events`);
    expectClean(w, "URL battery");
    expect(foreignOrigins(w)).toEqual([]);
    await w.context.close();
  });
});
