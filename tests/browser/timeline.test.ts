import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawnEventIds, launchBrowser, openApp, tickLabels } from "../helpers/browser.ts";

const dataset = JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as {
  events: { id: string; date: string; title: { en: string; es: string } }[];
};
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const sortedIds = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((e) => e.id);
const artifacts = new URL("./.artifacts/", import.meta.url);
mkdirSync(artifacts, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function visibleSpanMs(page: Page): Promise<number> {
  const [from, to] = await page.$eval(".timeline-frame", (el) => [el.getAttribute("data-visible-from"), el.getAttribute("data-visible-to")]);
  return Date.parse(to!) - Date.parse(from!);
}

async function detailsHeading(page: Page): Promise<string> {
  return (await page.locator("#event-details-heading").textContent()) ?? "";
}

describe("the timeline in Chromium", () => {
  it("reaches data-cronica=ready with every event of the dataset drawn, and no errors", async () => {
    const { page, errors } = await openApp(browser);
    const ids = await drawnEventIds(page);
    expect(new Set(ids)).toEqual(new Set(dataset.events.map((e) => e.id)));
    expect(await page.evaluate(() => performance.getEntriesByName("cronica:ready").length)).toBe(1);
    expect(await page.locator(".category-filter li.chip").count()).toBe(6);
    expect(errors).toEqual([]);
    await page.screenshot({ path: new URL("desktop-1280.png", artifacts).pathname, fullPage: true });
    await page.context().close();
  });

  it("wheel zoom narrows the visible range and changes the ticks", async () => {
    const { page } = await openApp(browser);
    const spanBefore = await visibleSpanMs(page);
    const ticksBefore = await tickLabels(page);
    await page.locator(".timeline-svg").scrollIntoViewIfNeeded();
    const box = (await page.locator(".timeline-svg").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 80);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
    await page.waitForFunction((before) => {
      const el = document.querySelector(".timeline-frame")!;
      return Date.parse(el.getAttribute("data-visible-to")!) - Date.parse(el.getAttribute("data-visible-from")!) < before / 4;
    }, spanBefore);
    expect(await visibleSpanMs(page)).toBeLessThan(spanBefore / 4);
    expect(await tickLabels(page)).not.toEqual(ticksBefore);
    // Fewer events fit a narrower window.
    expect((await drawnEventIds(page)).length).toBeLessThan(dataset.events.length);
    await page.getByRole("button", { name: "Fit all" }).click();
    await page.waitForFunction((before) => {
      const el = document.querySelector(".timeline-frame")!;
      return Math.abs(Date.parse(el.getAttribute("data-visible-to")!) - Date.parse(el.getAttribute("data-visible-from")!) - before) < 1000;
    }, spanBefore);
    await page.context().close();
  });

  it("zoom buttons zoom in and out", async () => {
    const { page } = await openApp(browser);
    const full = await visibleSpanMs(page);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    const zoomed = await visibleSpanMs(page);
    expect(zoomed).toBeLessThan(full / 2);
    await page.getByRole("button", { name: "Zoom out" }).click();
    expect(await visibleSpanMs(page)).toBeGreaterThan(zoomed);
    await page.context().close();
  });

  it("hovering an event shows its title and date; clicking it opens its details", async () => {
    const { page, errors } = await openApp(browser);
    const id = "2024-07-28-election-day";
    const mark = page.locator(`.timeline-svg [data-event-id="${id}"] .mark-shape`);
    await mark.hover();
    const tip = page.getByRole("tooltip");
    await expect.poll(() => tip.textContent()).toContain(byId.get(id)!.title.en);
    expect(await tip.textContent()).toContain("28 July 2024");
    await mark.click();
    expect(await detailsHeading(page)).toBe(byId.get(id)!.title.en);
    const panel = page.locator(".detail-panel");
    expect(await panel.getByRole("link").count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`event=${id}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("arrow keys move the selection through events in time order; Escape clears it", async () => {
    const { page } = await openApp(browser);
    await page.locator(".timeline-frame").focus();
    await page.keyboard.press("ArrowRight");
    expect(await detailsHeading(page)).toBe(byId.get(sortedIds[0]!)!.title.en);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await detailsHeading(page)).toBe(byId.get(sortedIds[2]!)!.title.en);
    await page.keyboard.press("ArrowLeft");
    expect(await detailsHeading(page)).toBe(byId.get(sortedIds[1]!)!.title.en);
    const active = await page.locator(".timeline-frame").getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${active}"]`).getAttribute("data-event-id")).toBe(sortedIds[1]);
    await page.keyboard.press("End");
    expect(await detailsHeading(page)).toBe(byId.get(sortedIds.at(-1)!)!.title.en);
    await page.keyboard.press("Escape");
    expect(await page.locator("#event-details-heading").count()).toBe(0);
    await page.context().close();
  });

  it("keeps a keyboard selection in view when zoomed in", async () => {
    const { page } = await openApp(browser);
    await page.locator(".timeline-frame").focus();
    await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 5; i++) await page.keyboard.press("+");
    await page.keyboard.press("End");
    const last = sortedIds.at(-1)!;
    const [from, to] = await page.$eval(".timeline-frame", (el) => [el.getAttribute("data-visible-from")!, el.getAttribute("data-visible-to")!]);
    const lastDate = Date.parse(byId.get(last)!.date.slice(0, 10));
    expect(lastDate).toBeGreaterThanOrEqual(Date.parse(from) - 86_400_000);
    expect(lastDate).toBeLessThanOrEqual(Date.parse(to));
    expect(await drawnEventIds(page)).toContain(last);
    await page.context().close();
  });

  it("?event=<id> opens that event on load; an unknown id gives a notice, not a crash", async () => {
    const id = "2024-09-07-gonzalez-exile-spain";
    const { page } = await openApp(browser, `?event=${id}`);
    expect(await detailsHeading(page)).toBe(byId.get(id)!.title.en);
    expect(await page.locator(`.timeline-frame [role="option"][data-event-id="${id}"]`).getAttribute("aria-selected")).toBe("true");
    await page.context().close();

    const bad = await openApp(browser, "?event=no-such-event");
    expect(await bad.page.locator(".notice").textContent()).toContain("no-such-event");
    expect(await bad.page.locator("#event-details-heading").count()).toBe(0);
    expect(bad.errors).toEqual([]);
    await bad.page.context().close();
  });

  it("Back returns to the previous selection", async () => {
    const { page } = await openApp(browser);
    const a = sortedIds[3]!;
    const b = sortedIds[10]!;
    await page.locator(`.timeline-svg [data-event-id="${a}"] .mark-shape, .timeline-svg [data-event-id="${a}"] .mark-bar`).first().click({ force: true });
    await page.locator(`.timeline-svg [data-event-id="${b}"] .mark-shape, .timeline-svg [data-event-id="${b}"] .mark-bar`).first().click({ force: true });
    expect(await detailsHeading(page)).toBe(byId.get(b)!.title.en);
    await page.goBack();
    await expect.poll(() => detailsHeading(page)).toBe(byId.get(a)!.title.en);
    await page.context().close();
  });

  it("works on a 375 px phone: the details open as a bottom sheet", async () => {
    const { page, errors } = await openApp(browser, "", { width: 375, height: 740 });
    expect((await drawnEventIds(page)).length).toBe(dataset.events.length);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await page.screenshot({ path: new URL("phone-375.png", artifacts).pathname, fullPage: true });
    await page.locator(".timeline-frame").focus();
    await page.keyboard.press("ArrowRight");
    const sheet = (await page.locator(".detail-panel").boundingBox())!;
    expect(sheet.y + sheet.height).toBeCloseTo(740, -1);
    expect(sheet.width).toBeGreaterThanOrEqual(370);
    await page.screenshot({ path: new URL("phone-375-details.png", artifacts).pathname });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows the interface and the events in Spanish with ?lang=es", async () => {
    const { page } = await openApp(browser, "?lang=es&event=2024-07-28-election-day");
    expect(await page.getAttribute("html", "lang")).toBe("es");
    expect(await detailsHeading(page)).toBe(byId.get("2024-07-28-election-day")!.title.es);
    expect(await page.getByRole("button", { name: "Ver todo" }).count()).toBe(1);
    await page.context().close();
  });
});
