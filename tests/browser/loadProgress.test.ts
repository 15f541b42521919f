/**
 * A 20,000-event file through the real worker: `?data=` says how far the load is (checking, then
 * opening the events as their chunks arrive) in the status line, and the whole dataset arrives.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { startStaticServer } from "../helpers/staticServer.ts";
import type { StaticServer } from "../helpers/staticServer.ts";
import { syntheticDataset } from "../helpers/syntheticDataset.ts";

const COUNT = 20_000;
let browser: Browser;
let server: StaticServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cronica-progress-"));
  writeFileSync(join(dir, "big.json"), JSON.stringify(syntheticDataset(COUNT, 9)));
  browser = await launchBrowser();
  server = await startStaticServer(dir, { headers: { "Access-Control-Allow-Origin": "*" } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a large ?data= file in Chromium", () => {
  it("shows each stage and how many events are done, then the whole dataset", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Every text the loading line shows, from the first paint on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenStatus: string[] }).seenStatus = seen;
      new MutationObserver(() => {
        const text = document.querySelector(".loading-status")?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${inject("appOrigin")}/index.html?data=${encodeURIComponent(`${server.origin}/big.json`)}`);
    await page.waitForSelector('html[data-cronica="ready"]', { timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
    // The line is there from the first render on: the page is never blank.
    expect(seen[0]).toBe("Downloading…");
    // The events arrive in chunks of 5,000, each one counted.
    for (const done of ["5,000", "10,000", "15,000", "20,000"]) expect(seen).toContain(`Opening ${done} of 20,000 events…`);
    expect(await page.locator(".event-count").textContent()).toBe("20,000 events");
    expect(await page.evaluate(() => performance.getEntriesByName("cronica:data-loaded").length)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
