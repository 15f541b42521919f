import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { normalizeText } from "../../src/data/search.ts";
import { drawnEventIds, launchBrowser, openApp } from "../helpers/browser.ts";

interface RawEvent {
  id: string;
  date: string;
  category: string;
  title: { en: string; es: string };
  summary?: { en: string; es: string };
  actors?: string[];
}
const dataset = JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as { events: RawEvent[] };
const total = dataset.events.length;
const releaseIds = dataset.events.filter((e) => e.category === "release").map((e) => e.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const listIds = (page: Page) => page.$$eval(".event-list tbody tr[data-event-id]", (rows) => rows.map((r) => r.getAttribute("data-event-id") ?? ""));
const countText = (page: Page) => page.locator(".result-count").textContent();

describe("exploring in Chromium", () => {
  it("toggling a category changes the marks and the count", async () => {
    const { page, errors } = await openApp(browser);
    expect(await countText(page)).toBe(`Showing ${total} of ${total} events`);
    const protests = dataset.events.filter((e) => e.category === "protest").length;
    await page.getByRole("button", { name: new RegExp(`^Protests?: ${protests} events`) }).click();
    await expect.poll(() => countText(page)).toBe(`Showing ${total - protests} of ${total} events`);
    const drawn = await drawnEventIds(page);
    expect(drawn).toHaveLength(total - protests);
    expect(drawn.some((id) => dataset.events.find((e) => e.id === id)!.category === "protest")).toBe(false);
    expect(page.url()).toContain("cat=");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("?cat=release shows only release events, and the list matches them one for one", async () => {
    const { page } = await openApp(browser, "?cat=release");
    expect(await countText(page)).toBe(`Showing ${releaseIds.length} of ${total} events`);
    expect(new Set(await drawnEventIds(page))).toEqual(new Set(releaseIds));
    expect(new Set(await listIds(page))).toEqual(new Set(releaseIds));
    expect(await listIds(page)).toHaveLength(releaseIds.length);
    await page.context().close();
  });

  it("?q=gonzalez finds the González events and highlights the match", async () => {
    const { page } = await openApp(browser, "?q=gonzalez");
    const haystack = (e: RawEvent) => normalizeText([e.title.en, e.title.es, e.summary?.en ?? "", e.summary?.es ?? "", ...(e.actors ?? [])].join(" "));
    const expected = dataset.events.filter((e) => haystack(e).includes("gonzalez")).map((e) => e.id);
    const shown = await listIds(page);
    expect(shown.length).toBeGreaterThan(3);
    for (const id of expected) expect(shown).toContain(id);
    expect(((await page.locator(".event-list mark").first().textContent()) ?? "").toLowerCase()).toBe("gonzález");
    await page.context().close();
  });

  it("brushing the overview changes the main timeline's range", async () => {
    const { page } = await openApp(browser);
    const before = await page.$eval(".timeline-frame", (el) => [el.getAttribute("data-visible-from"), el.getAttribute("data-visible-to")]);
    await page.locator(".overview svg").first().scrollIntoViewIfNeeded();
    const box = (await page.locator(".overview svg").first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = await page.$eval(".timeline-frame", (el) => [el.getAttribute("data-visible-from"), el.getAttribute("data-visible-to")]);
    expect(after).not.toEqual(before);
    const span = Date.parse(after[1]!) - Date.parse(after[0]!);
    const fullSpan = Date.parse(before[1]!) - Date.parse(before[0]!);
    expect(span).toBeLessThan(fullSpan * 0.3);
    await page.context().close();
  });

  it("Back restores the previous view", async () => {
    const { page } = await openApp(browser);
    await page.getByRole("button", { name: /^Show only Releases?$/ }).click();
    await expect.poll(() => countText(page)).toBe(`Showing ${releaseIds.length} of ${total} events`);
    await page.goBack();
    await expect.poll(() => countText(page)).toBe(`Showing ${total} of ${total} events`);
    await page.goForward();
    await expect.poll(() => countText(page)).toBe(`Showing ${releaseIds.length} of ${total} events`);
    await page.context().close();
  });

  it("?lang=es shows the Spanish interface and Spanish event titles", async () => {
    const { page } = await openApp(browser, "?lang=es");
    expect(await countText(page)).toBe(`Se muestran ${total} de ${total} hechos`);
    expect(await page.getAttribute("html", "lang")).toBe("es");
    const first = [...dataset.events].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
    expect(await page.locator(`.event-list tr[data-event-id="${first.id}"]`).textContent()).toContain(first.title.es);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => countText(page)).toBe(`Showing ${total} of ${total} events`);
    await page.context().close();
  });

  it("a browser set to Spanish gets Spanish without ?lang", async () => {
    const { page } = await openApp(browser, "", { locale: "es-VE" });
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await page.context().close();
  });

  it("malformed link parameters are ignored with a notice, never a crash", async () => {
    const { page, errors } = await openApp(browser, "?zzz=1&from=2024-02-30&cat=release,nope&q=a&q=b");
    const notices = await page.locator(".notice").allTextContents();
    expect(notices.join("\n")).toContain("“zzz” is not a setting");
    expect(notices.join("\n")).toContain("“from” has a value Cronica cannot read");
    expect(notices.join("\n")).toContain("“nope” is not in this dataset");
    expect(notices.join("\n")).toContain("“q” more than once");
    // The valid parts still apply: only release events, searched for "a".
    const shown = await listIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => releaseIds.includes(id))).toBe(true);
    expect(await countText(page)).toBe(`Showing ${shown.length} of ${total} events`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keyboard only: filter, select an event and read it", async () => {
    const { page } = await openApp(browser);
    const focusedName = () => page.evaluate(() => (document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "").trim());
    // Tab to the "only Releases" button.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (/^Show only Releases?$/.test(await focusedName())) break;
    }
    expect(await focusedName()).toMatch(/^Show only Releases?$/);
    await page.keyboard.press("Enter");
    await expect.poll(() => countText(page)).toBe(`Showing ${releaseIds.length} of ${total} events`);
    // Tab on to the timeline, then arrow into the events.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("timeline-frame"))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains("timeline-frame"))).toBe(true);
    await page.keyboard.press("ArrowRight");
    const heading = await page.locator("#event-details-heading").textContent();
    const firstRelease = dataset.events.filter((e) => e.category === "release").sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
    expect(heading).toBe(firstRelease.title.en);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("event-details-heading");
    await page.context().close();
  });
});
