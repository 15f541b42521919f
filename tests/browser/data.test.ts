import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { drawnEventIds, launchBrowser, openApp } from "../helpers/browser.ts";
import { validDataset } from "../helpers/datasetFixture.ts";
import { startStaticServer } from "../helpers/staticServer.ts";
import type { StaticServer } from "../helpers/staticServer.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const bundledTotal = (JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as { events: unknown[] }).events.length;
const mini = JSON.stringify(validDataset());

let browser: Browser;
let open: StaticServer; // sends Access-Control-Allow-Origin
let closed: StaticServer; // does not: cross-site reads are refused
beforeAll(async () => {
  browser = await launchBrowser();
  open = await startStaticServer(fixtures, { headers: { "Access-Control-Allow-Origin": "*" } });
  closed = await startStaticServer(fixtures);
});
afterAll(async () => {
  await browser?.close();
  await open?.close();
  await closed?.close();
});

const countText = (page: Page) => page.locator(".result-count").textContent();

/** Drops a file with `content` onto the page, as a reader dragging it from their desktop would. */
async function dropFile(page: Page, name: string, content: string, type = "application/json") {
  await page.evaluate(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, content, type },
  );
}

describe("loading your own data in Chromium", () => {
  it("a file dropped on the page replaces the data and says where it came from", async () => {
    const { page, errors } = await openApp(browser);
    await dropFile(page, "my-timeline.json", mini);
    await expect.poll(() => page.locator(".data-ok").textContent()).toContain("Opened 4 events from my-timeline.json");
    await page.getByRole("button", { name: "Close" }).click();
    expect(await countText(page)).toBe("Showing 4 of 4 events");
    expect(new Set(await drawnEventIds(page))).toEqual(new Set(["protests-2024-07", "election-day", "detentions-ongoing", "results-announcement"]));
    expect(await page.locator(".data-source").textContent()).toContain("my-timeline.json");
    await page.getByRole("button", { name: "Back to the bundled dataset" }).click();
    await expect.poll(() => countText(page)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a broken file shows its problems and leaves the data on screen until the reader chooses", async () => {
    const { page } = await openApp(browser);
    const broken = validDataset();
    broken.events[1]!.date = "2024-02-30";
    broken.events[2]!.sources[0]!.url = "javascript:alert(1)";
    await page.getByRole("button", { name: "Open data" }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    const problems = page.locator(".data-problems");
    await expect.poll(() => problems.textContent()).toContain("The data on screen was not changed");
    const text = (await problems.textContent())!;
    expect(text).toContain('event 1 ("election-day"), events[1].date');
    expect(text).toContain("is not a real calendar date");
    expect(text).toContain('event 2 ("detentions-ongoing"), events[2].sources[0].url');
    expect(await countText(page)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);
    // The reader may take the valid events only.
    await page.getByRole("button", { name: "Load the 2 valid events only" }).click();
    await expect.poll(() => countText(page)).toBe("Showing 2 of 2 events");
    await page.context().close();
  });

  it("a file that is not data at all, or is empty, says so in plain words", async () => {
    const { page } = await openApp(browser);
    await page.getByRole("button", { name: "Open data" }).click();
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from("<!doctype html><html><body>hi</body></html>") });
    await expect.poll(() => page.locator(".data-problems").textContent()).toContain("not a JSON or CSV file Cronica can read");
    await input.setInputFiles({ name: "empty.json", mimeType: "application/json", buffer: Buffer.from("") });
    await expect.poll(() => page.locator(".data-problems").textContent()).toContain("The file is empty");
    await input.setInputFiles({ name: "cut.json", mimeType: "application/json", buffer: Buffer.from(mini.slice(0, 200)) });
    await expect.poll(() => page.locator(".data-problems").textContent()).toContain("cut off or malformed");
    expect(await countText(page)).toBe(`Showing ${bundledTotal} of ${bundledTotal} events`);
    await page.context().close();
  });

  it("?data= opens a dataset from a web address and names its host", async () => {
    const { page, errors } = await openApp(browser, `?data=${encodeURIComponent(`${open.origin}/mini-dataset.json`)}&event=election-day`);
    expect(await countText(page)).toBe("Showing 4 of 4 events");
    expect(await page.locator("#event-details-heading").textContent()).toBe("Election day");
    expect(await page.locator(".data-source").textContent()).toContain(new URL(open.origin).host);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("?data= reads the file once, starting while the app's own code is still loading", async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? "");
      res.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" }).end(mini);
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    try {
      const { port } = server.address() as AddressInfo;
      const { page, errors } = await openApp(browser, `?data=${encodeURIComponent(`http://127.0.0.1:${port}/mine.json`)}`);
      expect(await countText(page)).toBe("Showing 4 of 4 events");
      expect(requests).toEqual(["/mine.json"]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((ok) => server.close(ok));
    }
  });

  it("?data= on a server that refuses cross-site reads explains what to do", async () => {
    const { page } = await openApp(browser, `?data=${encodeURIComponent(`${closed.origin}/mini-dataset.json`)}`, { waitFor: "error" });
    const alert = (await page.locator(".load-error").textContent())!;
    expect(alert).toContain("does not allow other sites to read its files: download the file and open it here instead");
    await page.context().close();
  });

  it("?data= with a non-https address is refused before anything is fetched", async () => {
    const { page } = await openApp(browser, "?data=ftp://example.org/data.json", { waitFor: "error" });
    expect(await page.locator(".load-error").textContent()).toContain("Only https:// addresses can be opened");
    await page.context().close();
  });
});
