/**
 * A generated 20,000-event dataset in real Chromium: too many to draw one by one at first, so the
 * lanes show density bins with counts; zooming in brings back single marks that can be hovered and
 * selected, and the keyboard still walks the events in time order.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawnEventIds, launchBrowser, openApp } from "../helpers/browser.ts";
import { startStaticServer } from "../helpers/staticServer.ts";
import type { StaticServer } from "../helpers/staticServer.ts";
import { syntheticDataset } from "../helpers/syntheticDataset.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { SVG_MAX_MARKS } from "../../src/timeline/viewPlan.ts";

const COUNT = 20_000;
const input = syntheticDataset(COUNT, 3);
const parsed = parseDataset(structuredClone(input));
if (!parsed.ok) throw new Error("the generated dataset should be valid");
/** Ids in the app's time order (start, end, id), as the keyboard walks them. */
const inTimeOrder = parsed.dataset.events.map((e) => e.id);
const titleOf = new Map(input.events.map((e) => [e.id, String(e.title)]));

let browser: Browser;
let server: StaticServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cronica-large-"));
  writeFileSync(join(dir, "large.json"), JSON.stringify(input));
  server = await startStaticServer(dir, { headers: { "Access-Control-Allow-Origin": "*" } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openLarge(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, `?data=${encodeURIComponent(`${server.origin}/large.json`)}`, { waitFor: "none" });
  await opened.page.waitForSelector('html[data-cronica="ready"]', { timeout: 60_000 });
  return opened;
}

const frameAttr = (page: Page, name: string) => page.locator(".timeline-frame").getAttribute(name);
const detailsHeading = (page: Page) => page.locator("#event-details-heading").textContent();

/** Wheel-zooms in around the plot's centre until the timeline draws single SVG marks. */
async function zoomUntilSvg(page: Page, x: number, y: number): Promise<number> {
  await page.mouse.move(x, y);
  for (let step = 1; step <= 80; step++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(30);
    if ((await frameAttr(page, "data-draw-mode")) === "svg") return step;
  }
  throw new Error("zooming in never reached single marks");
}

describe("20,000 events", () => {
  it("opens as per-lane density bins whose counts show on hover, and a click on a bin zooms into it", async () => {
    const { page, errors } = await openLarge();
    expect(await frameAttr(page, "data-draw-mode")).toBe("density");
    expect(await frameAttr(page, "data-visible-count")).toBe(String(COUNT));
    expect(await page.locator(".density-hint").textContent()).toContain("20,000 events");
    expect(await page.locator(".timeline-canvas").count()).toBe(1);
    // No SVG element per event: the bins are painted.
    expect((await drawnEventIds(page)).length).toBe(0);

    const box = (await page.locator(".timeline-svg").boundingBox())!;
    // Along the first lane's floor, where its bars stand, until one is under the pointer.
    let tip = "";
    for (let x = box.x + 40; x < box.x + box.width - 20 && tip === ""; x += 4) {
      await page.mouse.move(x, box.y + 40 + 60);
      if (await page.locator('[role="tooltip"]').isVisible()) tip = (await page.locator('[role="tooltip"]').textContent()) ?? "";
    }
    expect(tip).toMatch(/\d[\d,]* events?/);
    expect(tip).toContain("Election");

    const spanBefore = Date.parse((await frameAttr(page, "data-visible-to"))!) - Date.parse((await frameAttr(page, "data-visible-from"))!);
    await page.mouse.click(box.x + box.width / 2, box.y + 40 + 60);
    await page.waitForTimeout(300);
    const spanAfter = Date.parse((await frameAttr(page, "data-visible-to"))!) - Date.parse((await frameAttr(page, "data-visible-from"))!);
    expect(spanAfter).toBeLessThan(spanBefore / 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("zooming in reveals single marks that can be hovered and selected, on the canvas and in SVG", async () => {
    const { page, errors } = await openLarge();
    const box = (await page.locator(".timeline-svg").boundingBox())!;
    const cx = box.x + box.width / 2;
    // Zoom step by step, noting each drawing mode passed through.
    await page.mouse.move(cx, box.y + 120);
    let mode = "density";
    for (let step = 0; step < 80 && mode !== "canvas"; step++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(30);
      mode = (await frameAttr(page, "data-draw-mode")) ?? "";
    }
    expect(mode).toBe("canvas");
    // Over the canvas: sweep the first row of the first lane until a mark's card shows, then click there.
    const rowY = box.y + 40 + 18 + 13;
    let hit: number | null = null;
    for (let x = box.x + 20; x < box.x + box.width - 20 && hit === null; x += 3) {
      await page.mouse.move(x, rowY);
      if (await page.locator('[role="tooltip"]').isVisible()) hit = x;
    }
    expect(hit).not.toBeNull();
    const hoveredTitle = await page.locator(".tooltip-title").textContent();
    await page.mouse.click(hit!, rowY);
    expect(await detailsHeading(page)).toBe(hoveredTitle);

    await zoomUntilSvg(page, cx, box.y + 120);
    const ids = await drawnEventIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(SVG_MAX_MARKS);
    // A mark that is on top at its own centre (marks in a crowded row overlap).
    const id = await page.evaluate(() => {
      for (const el of document.querySelectorAll(".timeline-svg .marks .mark-shape")) {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (top === el) return el.closest("[data-event-id]")!.getAttribute("data-event-id")!;
      }
      return null;
    });
    expect(id).not.toBeNull();
    await page.locator(`.timeline-svg [data-event-id="${id}"] .mark-shape`).click();
    expect(await detailsHeading(page)).toBe(titleOf.get(id!));
    expect(await page.locator(`.timeline-frame [role="option"][data-event-id="${id}"]`).getAttribute("aria-selected")).toBe("true");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the keyboard walks the events in time order at any zoom, and says how crowded a stretch is", async () => {
    const { page, errors } = await openLarge();
    const frame = page.locator(".timeline-frame");
    await frame.focus();
    await page.keyboard.press("Home");
    expect(await detailsHeading(page)).toBe(titleOf.get(inTimeOrder[0]!));
    const active = () => frame.getAttribute("aria-activedescendant");
    const option = async () => page.locator(`[id="${await active()}"]`);
    expect(await (await option()).getAttribute("data-event-id")).toBe(inTimeOrder[0]);
    // Still density bins: the selected option tells how many events share its stretch of the lane.
    expect(await frameAttr(page, "data-draw-mode")).toBe("density");
    expect(await (await option()).getAttribute("aria-label")).toMatch(/\d[\d,]* events? in this lane between/);

    for (let k = 1; k <= 3; k++) {
      await page.keyboard.press("ArrowRight");
      expect(await (await option()).getAttribute("data-event-id")).toBe(inTimeOrder[k]);
    }
    // Zoomed in to single marks, the keys go on from the same place.
    for (let i = 0; i < 12; i++) await page.keyboard.press("+");
    await page.keyboard.press("ArrowRight");
    expect(await (await option()).getAttribute("data-event-id")).toBe(inTimeOrder[4]);
    expect(await detailsHeading(page)).toBe(titleOf.get(inTimeOrder[4]!));
    expect(await drawnEventIds(page)).toContain(inTimeOrder[4]);
    await page.keyboard.press("End");
    expect(await (await option()).getAttribute("data-event-id")).toBe(inTimeOrder.at(-1));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the SVG picture of a view drawn on the canvas is still a vector drawing: bars and marks as SVG shapes", async () => {
    const { page, errors } = await openLarge();
    const saveSvg = async () => {
      await page.getByRole("button", { name: "Download", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Download and cite" });
      const [dl] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "SVG", exact: true }).click()]);
      const text = readFileSync(await dl.path(), "utf8");
      await dialog.getByRole("button", { name: "Close", exact: true }).click();
      return text;
    };
    // Density: one <rect> per non-empty bin, in the lane colours, between the backdrop and the lane names.
    const density = await saveSvg();
    expect(density).toContain('class="density"');
    expect((density.match(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+"\/>/g) ?? []).length).toBeGreaterThan(50);
    expect(density.indexOf('class="density"')).toBeGreaterThan(density.indexOf('class="lane'));
    expect(density.indexOf('class="density"')).toBeLessThan(density.indexOf('class="lane-header"'));

    // Canvas marks: each painted mark becomes an SVG mark with the live marks' classes.
    const box = (await page.locator(".timeline-svg").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    for (let step = 0; step < 80 && (await frameAttr(page, "data-draw-mode")) !== "canvas"; step++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(30);
    }
    expect(await frameAttr(page, "data-draw-mode")).toBe("canvas");
    const marks = await saveSvg();
    expect((marks.match(/class="mark mark--default/g) ?? []).length).toBeGreaterThan(SVG_MAX_MARKS);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
