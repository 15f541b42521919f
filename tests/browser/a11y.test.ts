/**
 * WCAG 2.2 AA in Chromium. axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) must find
 * nothing in every state: the full app at rest, with an event selected and with each dialog open,
 * and the embed (compact and full controls, light and dark), at 375 and 1280 px. In the same states
 * the page is measured for what axe leaves to a person: the contrast of SVG text and of marks,
 * icons and bars (the colours come from the dataset), placeholders and unavailable buttons, and
 * targets of at least 24×24 px. Then a keyboard-only walkthrough, and reduced motion.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "../helpers/browser.ts";

const dataset = JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as {
  events: { id: string; date: string; category: string; title: { en: string } }[];
};
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const releases = dataset.events.filter((e) => e.category === "release").sort((a, b) => (a.date < b.date ? -1 : 1));
const SELECTED = "2024-07-28-election-day";
const artifacts = new URL("./.artifacts/", import.meta.url);
mkdirSync(artifacts, { recursive: true });

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One line per failing element: rule, impact, summary, where, and what to fix. */
function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n    at ${n.target.join(" >>> ")}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`),
  );
}

/**
 * Runs in the page. Contrast that axe cannot judge (it gives up on SVG text and does not look at
 * graphics, placeholders or disabled buttons), and targets under 24×24 px (WCAG 2.5.8; a checkbox
 * or radio counts with its label, and links inside a line of text are exempt). Returns problems.
 */
function pageChecks(): string[] {
  type Rgba = [number, number, number, number];
  const problems: string[] = [];
  const parse = (c: string): Rgba | null => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return null;
    const p = m[1]!.split(/[\s,/]+/).filter((x) => x !== "").map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const over = (fg: Rgba, bg: Rgba): Rgba => [0, 1, 2].map((i) => fg[i]! * fg[3] + bg[i]! * (1 - fg[3])).concat(1) as Rgba;
  const lum = (c: Rgba) => {
    const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  // Not display:none, not visibility:hidden, not inside a closed <details> (content-visibility).
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").trim().split(/\s+/).join(".")} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
  /** The opaque colour behind an HTML element: its own or its nearest ancestor's background. */
  const backgroundOf = (el: Element | null): Rgba => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] > 0) return bg;
    }
    return [255, 255, 255, 1];
  };
  const fillOf = (el: Element | null) => (el ? parse(getComputedStyle(el).fill) : null);
  const need = (what: Element, fg: Rgba | null, bgs: readonly (Rgba | null)[], min: number) => {
    if (!fg) return;
    for (const bg of bgs) {
      if (!bg) continue;
      const r = ratio(over(fg, bg), bg);
      if (r < min - 0.005) problems.push(`contrast ${r.toFixed(2)}:1 < ${min}:1: ${name(what)} rgb(${fg.slice(0, 3).join(",")}) on rgb(${bg.slice(0, 3).join(",")})`);
    }
  };

  // The timeline: marks and text on the lanes and the plot background.
  for (const svg of document.querySelectorAll(".timeline-svg")) {
    const grounds = [".plot-background", ".lane:not(.lane--odd)", ".lane--odd"].map((s) => fillOf(svg.querySelector(s)));
    for (const g of svg.querySelectorAll(".mark-shape, .mark-bar, .mark-open-end, .lane-header path")) {
      // A mark's edge (its stroke) where it has one, else its fill as painted (with its opacity).
      const cs = getComputedStyle(g);
      const fill = parse(cs.fill);
      need(g, cs.stroke !== "none" ? parse(cs.stroke) : fill && [fill[0], fill[1], fill[2], fill[3] * Number(cs.fillOpacity)], grounds, 3);
    }
    for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
      const bar = t.classList.contains("mark-label--inside") ? t.parentElement?.querySelector(".mark-bar") : null;
      const barFill = bar ? fillOf(bar) : null;
      const barGrounds = barFill && bar ? grounds.map((g) => (g ? over([barFill[0], barFill[1], barFill[2], Number(getComputedStyle(bar).fillOpacity)], g) : null)) : grounds;
      need(t, fillOf(t), barGrounds, 4.5);
    }
  }
  // The overview: bars and axis text on the strip.
  for (const frame of document.querySelectorAll(".overview-frame")) {
    const ground = backgroundOf(frame);
    for (const r of frame.querySelectorAll(".overview-shown")) need(r, fillOf(r), [ground], 3);
    for (const r of frame.querySelectorAll(".overview-all")) need(r, parse(getComputedStyle(r).stroke), [ground], 3);
    for (const t of frame.querySelectorAll(".overview-axis-label")) need(t, fillOf(t), [ground], 4.5);
  }
  // Category icons in chips and list rows, and swatches.
  for (const p of document.querySelectorAll(".chip-toggle svg path")) need(p, parse(getComputedStyle(p).stroke), [backgroundOf(p.closest("button"))], 3);
  for (const p of document.querySelectorAll(".event-row-category svg path")) if (shown(p)) need(p, fillOf(p), [backgroundOf(p.closest("td"))], 3);
  for (const s of document.querySelectorAll(".swatch")) need(s, parse(getComputedStyle(s).backgroundColor), [backgroundOf(s.parentElement)], 3);
  // Placeholders and unavailable buttons stay readable.
  for (const i of document.querySelectorAll("input[placeholder]")) if (shown(i)) need(i, parse(getComputedStyle(i, "::placeholder").color), [backgroundOf(i)], 4.5);
  for (const b of document.querySelectorAll('button:disabled, button[aria-disabled="true"]')) if (shown(b)) need(b, parse(getComputedStyle(b).color), [backgroundOf(b)], 4.5);

  // Targets.
  const targets = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  for (const el of document.querySelectorAll<HTMLElement>(targets)) {
    if (!shown(el)) continue;
    let box = el.getBoundingClientRect();
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") && el.labels?.[0]) {
      const l = el.labels[0].getBoundingClientRect();
      box = new DOMRect(Math.min(box.left, l.left), Math.min(box.top, l.top), 0, 0);
      box = new DOMRect(box.x, box.y, Math.max(el.getBoundingClientRect().right, l.right) - box.x, Math.max(el.getBoundingClientRect().bottom, l.bottom) - box.y);
    }
    const inline = el.tagName === "A" && getComputedStyle(el).display === "inline" && (el.parentElement?.textContent ?? "").trim().length > (el.textContent ?? "").trim().length;
    if (inline) continue;
    if (box.width < 24 - 0.01 || box.height < 24 - 0.01) problems.push(`target ${box.width.toFixed(1)}×${box.height.toFixed(1)} px < 24×24: ${name(el)}`);
  }
  return problems;
}

/**
 * axe (WCAG tags only; violations in full) and the page's own checks, as soft assertions so one run
 * reports every state that fails. `scope` limits axe to what changed since a whole-page scan.
 */
async function checkState(page: Page, state: string, scope: readonly string[] = []): Promise<void> {
  // Legacy mode runs axe in the page itself (frames included, all same-origin here) instead of
  // finishing in a new blank page: two to three times faster, the same results.
  let axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).setLegacyMode(true);
  for (const selector of scope) axe = axe.include(selector);
  const results = await axe.analyze();
  expect.soft(describeViolations(results.violations), `axe: ${state}`).toEqual([]);
  expect.soft(await page.evaluate(pageChecks), `contrast and targets: ${state}`).toEqual([]);
  await page.screenshot({ path: new URL(`a11y-${state.replace(/\W+/g, "-")}.png`, artifacts).pathname });
}

const EMBEDS = [
  { name: "compact, light", query: "?embed=1" },
  { name: "compact, dark", query: "?embed=1&theme=dark" },
  { name: "full controls, light", query: `?embed=1&controls=full&event=${SELECTED}` },
  { name: "full controls, dark", query: `?embed=1&controls=full&theme=dark&event=${SELECTED}` },
] as const;

describe.each([375, 1280])("WCAG 2.2 AA at %i px", (width) => {
  it("the full app at rest, with an event selected, and with each dialog open: axe finds nothing; contrast and targets hold", async () => {
    const { page, errors } = await openApp(browser, "", { width });
    await checkState(page, `app at rest, ${width} px`);

    await page.locator(".event-list").getByRole("button", { name: byId.get(SELECTED)!.title.en, exact: true }).click();
    await page.locator("#event-details-heading").waitFor();
    // And the Actors facet open: its search field and checkboxes.
    await page.locator(".facet summary").first().click();
    await checkState(page, `app with an event selected, ${width} px`, [".filter-panel", ".timeline", ".event-list", ".detail-panel"]);
    await page.locator(".facet summary").first().click();

    for (const dialog of ["Open data", "Download", "Share / Embed"]) {
      await page.getByRole("button", { name: dialog, exact: true }).click();
      await page.waitForSelector("dialog[open]");
      // The Share dialog's live preview is an embed in an iframe: axe checks it too, once it is ready.
      if (dialog === "Share / Embed") await page.frameLocator(".share-preview iframe").locator('html[data-cronica="ready"]').waitFor({ state: "attached", timeout: 15_000 });
      await checkState(page, `app with ${dialog} open, ${width} px`, ["dialog[open]"]);
      await page.keyboard.press("Escape");
      await page.waitForSelector("dialog[open]", { state: "detached" }).catch(() => page.waitForSelector("dialog[open]", { state: "hidden" }));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(EMBEDS)("the embed, $name: axe finds nothing; contrast and targets hold", async ({ name, query }) => {
    const { page, errors } = await openApp(browser, query, { width });
    await checkState(page, `embed ${name}, ${width} px`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

interface Focused {
  name: string;
  id: string;
  className: string;
  /** An outline or a box-shadow is drawn. */
  indicated: boolean;
  inDialog: boolean;
  inRelated: boolean;
}

/** What has the focus, and whether it shows; null when nothing does (the body). */
function focused(): Focused | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const cs = getComputedStyle(el);
  const label = el.getAttribute("aria-label") ?? (el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? el.type) : (el.textContent ?? ""));
  return {
    name: label.trim().replace(/\s+/g, " "),
    id: el.id,
    className: el.getAttribute("class") ?? "",
    indicated: (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== "none",
    inDialog: el.closest("dialog[open]") !== null,
    inRelated: el.closest(".related") !== null,
  };
}

describe("keyboard only", () => {
  it("Tab into the app, filter, arrow through events, read one, follow a related event, open and close every dialog: the focus always shows and is never lost", async () => {
    const { page, errors } = await openApp(browser, "", { width: 1280, height: 900 });
    const stops: string[] = [];
    const press = async (key: string): Promise<Focused> => {
      await page.keyboard.press(key);
      const f = await page.evaluate(focused);
      expect(f, `the focus fell to the page after ${key}; last stops: ${stops.slice(-6).join(" | ")}`).not.toBeNull();
      stops.push(`${f!.name || f!.className}`);
      expect(f!.indicated, `no visible focus indicator on "${f!.name}" (.${f!.className})`).toBe(true);
      return f!;
    };
    const until = async (test: (f: Focused) => boolean, key = "Tab", max = 90): Promise<Focused> => {
      for (let i = 0; i < max; i++) {
        const f = await press(key);
        if (test(f)) return f;
      }
      throw new Error(`not reached with ${max} × ${key}; last stops: ${stops.slice(-12).join(" | ")}`);
    };
    const count = () => page.locator(".result-count").textContent();
    const heading = () => page.locator("#event-details-heading").textContent();

    // From the address bar: the first Tab enters the page.
    expect(await page.evaluate(focused)).toBeNull();
    expect((await press("Tab")).name).toBe("Open data");

    // Filter: only releases.
    await until((f) => /^Show only Releases?$/.test(f.name));
    await press("Enter");
    await expect.poll(count).toBe(`Showing ${releases.length} of ${dataset.events.length} events`);

    // The timeline is one tab stop; arrows move the selection, which the listbox announces.
    await until((f) => f.className.includes("timeline-frame"));
    await press("ArrowRight");
    await press("ArrowRight");
    const second = releases[1]!;
    expect(await heading()).toBe(second.title.en);
    const active = await page.locator(".timeline-frame").getAttribute("aria-activedescendant");
    const option = page.locator(`[id="${active}"]`);
    expect(await option.getAttribute("role")).toBe("option");
    expect(await option.getAttribute("aria-selected")).toBe("true");
    expect(await option.getAttribute("aria-label")).toContain(second.title.en);

    // Enter reads the details; a related event is a link away, and the focus follows it.
    expect((await press("Enter")).id).toBe("event-details-heading");
    const relatedId = "2024-12-10-103-released-over-72-hours";
    await until((f) => f.inRelated && f.name === byId.get(relatedId)!.title.en);
    expect((await press("Enter")).id).toBe("event-details-heading");
    expect(await heading()).toBe(byId.get(relatedId)!.title.en);

    // Back to the header for the dialogs: each takes the focus in, keeps it there, and Escape gives it back.
    const roundTrip = async (dialog: string) => {
      // Dialogs load on first open: wait for the focus to arrive, then check it is visibly inside.
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.closest("dialog[open]") != null, undefined, { timeout: 5000 }).catch(() => undefined);
      const inside = await page.evaluate(focused);
      expect(inside?.inDialog, `${dialog}: the focus moves into the dialog`).toBe(true);
      expect(inside?.indicated, `${dialog}: the focus in the dialog is visible`).toBe(true);
      const tabbable = await page.$$eval("dialog[open] :is(a[href], button, input, select, textarea, iframe)", (els) => els.filter((e) => !(e as HTMLButtonElement).disabled).length);
      for (let i = 0; i < Math.min(4, tabbable - 2); i++) expect((await press("Tab")).inDialog, `${dialog}: Tab stays in the dialog`).toBe(true);
      const back = await press("Escape");
      expect(back.name, `${dialog}: Escape gives the focus back to its button`).toBe(dialog);
      expect(await page.locator("dialog[open]").count()).toBe(0);
    };
    await until((f) => f.name === "Download", "Shift+Tab", 120);
    await roundTrip("Download");
    expect((await press("Tab")).name).toBe("Share / Embed");
    await roundTrip("Share / Embed");
    await press("Shift+Tab");
    expect((await press("Shift+Tab")).name).toBe("Open data");
    await roundTrip("Open data");

    // Closing the details sends the focus back to the timeline, not to the page.
    await until((f) => f.name === "Close details", "Tab", 120);
    expect((await press("Enter")).className).toContain("timeline-frame");
    expect(await page.locator("#event-details-heading").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("focus not obscured (WCAG 2.4.11)", () => {
  it("at 375 px, with the details open as a bottom sheet, every Tab stop before it scrolls into view above the sheet", async () => {
    const { page } = await openApp(browser, `?event=${SELECTED}`, { width: 375, height: 700 });
    const hidden: string[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        const sheet = document.querySelector(".detail-panel--open")!;
        if (sheet.contains(el)) return "sheet";
        const box = el.getBoundingClientRect();
        const clear = box.bottom > 0 && box.top < sheet.getBoundingClientRect().top;
        return clear ? "clear" : `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}" at ${Math.round(box.top)}–${Math.round(box.bottom)} px`;
      });
      if (where === "sheet") break;
      if (where !== "clear") hidden.push(where);
    }
    expect(hidden).toEqual([]);
    await page.context().close();
  });
});

describe("prefers-reduced-motion", () => {
  /** The visible span of the timeline, in days. */
  const spanDays = (page: Page) =>
    page.$eval(".timeline-frame", (el) => (Date.parse(el.getAttribute("data-visible-to")!) - Date.parse(el.getAttribute("data-visible-from")!)) / 86_400_000);

  it("reduce: the list jumps instead of scrolling smoothly, nothing transitions or animates, and a double-click zooms at once", async () => {
    const { page, errors } = await openApp(browser, "", { width: 1280, height: 900 });
    await page.evaluate(() => {
      const calls: string[] = [];
      (window as unknown as { scrollCalls: string[] }).scrollCalls = calls;
      const original = Element.prototype.scrollTo;
      Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
        calls.push(JSON.stringify(args));
        return (original as (...a: unknown[]) => void).apply(this, args);
      } as typeof Element.prototype.scrollTo;
    });
    const scrollCalls = () => page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls.splice(0));
    const listTop = () => page.$eval(".event-list", (el) => el.scrollTop);
    /** The visible spans (days) the timeline passes through after a double-click, then Fit all. */
    const dblclickZoom = async (): Promise<number[]> => {
      await page.evaluate(() => {
        const el = document.querySelector(".timeline-frame")!;
        const spans: number[] = [];
        const seen = new MutationObserver(() => spans.push((Date.parse(el.getAttribute("data-visible-to")!) - Date.parse(el.getAttribute("data-visible-from")!)) / 86_400_000));
        seen.observe(el, { attributes: true, attributeFilter: ["data-visible-from", "data-visible-to"] });
        Object.assign(window, { zoomSpans: spans, stopZoomSpans: () => seen.disconnect() });
      });
      const box = (await page.locator(".timeline-svg").boundingBox())!;
      await page.mouse.dblclick(box.x + box.width / 2, box.y + 20);
      await page.waitForTimeout(600);
      const spans = await page.evaluate(() => {
        const w = window as unknown as { zoomSpans: number[]; stopZoomSpans: () => void };
        w.stopZoomSpans();
        return [...new Set(w.zoomSpans.map((d) => Math.round(d * 1000) / 1000))];
      });
      await page.getByRole("button", { name: "Fit all" }).click();
      return spans;
    };
    // Without the preference (the control): smooth scrolling, and an animated double-click zoom.
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.locator(".timeline-frame").focus();
    await page.keyboard.press("End");
    expect((await scrollCalls()).some((c) => c.includes('"smooth"'))).toBe(true);
    const full = await spanDays(page);
    const animated = await dblclickZoom();
    expect(animated.at(-1)).toBeLessThan(full * 0.75);
    expect(animated.length, `spans passed through: ${animated.join(", ")}`).toBeGreaterThan(2);

    // With it: the list is at the row at once, and nothing is smooth.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(page.url().split("?")[0]!);
    await page.waitForSelector('html[data-cronica="ready"]');
    await page.evaluate(() => {
      const calls: string[] = [];
      (window as unknown as { scrollCalls: string[] }).scrollCalls = calls;
      const original = Element.prototype.scrollTo;
      Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
        calls.push(JSON.stringify(args));
        return (original as (...a: unknown[]) => void).apply(this, args);
      } as typeof Element.prototype.scrollTo;
    });
    expect(await listTop()).toBe(0);
    await page.locator(".timeline-frame").focus();
    await page.keyboard.press("End");
    await expect.poll(listTop, { timeout: 1000 }).toBeGreaterThan(0);
    expect((await scrollCalls()).filter((c) => c.includes('"smooth"'))).toEqual([]);
    const still = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) =>
        [null, "::before", "::after"].flatMap((pseudo) => {
          const cs = getComputedStyle(el, pseudo);
          const moving = cs.transitionDuration.split(",").some((d) => parseFloat(d) > 0) || cs.animationName !== "none" || cs.scrollBehavior === "smooth";
          return moving ? [`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}${pseudo ?? ""}`] : [];
        }),
      ),
    );
    expect(still).toEqual([]);
    const instant = await dblclickZoom();
    expect(instant, "one step, straight to the zoomed span").toHaveLength(1);
    expect(instant[0]).toBeLessThan(full * 0.75);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
