import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { startHostSite } from "../helpers/hostPages.ts";
import type { HostSite, Pattern } from "../helpers/hostPages.ts";

const dataset = JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as {
  events: { id: string; date: string; category: string; title: { en: string } }[];
};
const releases = dataset.events.filter((e) => e.category === "release").sort((a, b) => (a.date < b.date ? -1 : 1));
const artifacts = new URL("./.artifacts/", import.meta.url);
mkdirSync(artifacts, { recursive: true });

let browser: Browser;
let host: HostSite;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostSite(inject("appOrigin"), "embed=1&lang=en&controls=compact");
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Opened {
  page: Page;
  frame: Frame;
  /** The document that holds the embed iframe (the host page, or the inner page when nested). */
  holder: Frame;
  errors: string[];
}

async function openHost(pattern: Pattern, width = 1100): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "en-GB" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${host.origin}/${pattern}.html`);
  let embedFrame: Frame | undefined;
  await expect
    .poll(() => {
      embedFrame = page.frames().find((f) => f.url().includes("embed=1"));
      return embedFrame !== undefined;
    })
    .toBe(true);
  const frame = embedFrame!;
  await frame.waitForSelector('html[data-cronica="ready"]', { timeout: 15_000 });
  const holder = frame.parentFrame()!;
  return { page, frame, holder, errors };
}

const iframeHeight = (holder: Frame) => holder.$eval("#embed", (el) => (el as HTMLIFrameElement).getBoundingClientRect().height);

describe.each(["plain", "responsive", "wordpress-sandbox", "lms-sandbox", "nested", "narrow"] as const)("embedded as %s", (pattern) => {
  it("renders, resizes, obeys its parent only, takes keyboard focus and links to the full view", async () => {
    const { page, frame, holder, errors } = await openHost(pattern, pattern === "narrow" ? 700 : 1100);

    // Ready with every mark, no errors anywhere, host not scrolled, focus not stolen.
    expect(await frame.$$eval(".timeline-svg [data-event-id]", (els) => els.length)).toBe(dataset.events.length);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.screenshot({ path: new URL(`embed-${pattern}.png`, artifacts).pathname });

    // A filter change changes the frame's height through embed.js (the plain snippet keeps its height).
    const before = await iframeHeight(holder);
    if (pattern !== "plain") await expect.poll(() => iframeHeight(holder), { timeout: 5000 }).not.toBe(520);
    const sized = await iframeHeight(holder);
    await frame.getByRole("button", { name: /^Show only Releases?$/ }).click();
    await expect.poll(() => frame.locator(".result-count").textContent()).toContain(`Showing ${releases.length} of`);
    if (pattern === "plain") {
      expect(await iframeHeight(holder)).toBe(before);
    } else {
      await expect.poll(() => iframeHeight(holder), { timeout: 5000 }).toBeLessThan(sized);
    }

    // A message from another frame is ignored, in both directions.
    const heightNow = await iframeHeight(holder);
    await holder.evaluate(() => {
      const spy = document.createElement("iframe");
      spy.id = "spy";
      spy.srcdoc = `<script>
        parent.postMessage({ type: "cronica:height", height: 1234, version: 1 }, "*");
        parent.document.getElementById("embed").contentWindow.postMessage({ type: "cronica:command", command: "select", id: "${"2024-07-28-election-day"}" }, "*");
      </script>`;
      document.body.appendChild(spy);
    });
    await page.waitForTimeout(400);
    expect(await iframeHeight(holder)).toBe(heightNow);
    expect(await frame.locator("#event-details-heading").count()).toBe(0);

    // A command from the parent selects an event.
    const target = releases[2]!;
    await holder.evaluate((id) => {
      const iframe = document.getElementById("embed") as HTMLIFrameElement;
      const w = window as unknown as { Cronica?: { command: (f: HTMLIFrameElement, c: object) => void } };
      if (w.Cronica) w.Cronica.command(iframe, { command: "select", id });
      else iframe.contentWindow!.postMessage({ type: "cronica:command", command: "select", id, version: 1 }, "*");
    }, target.id);
    await expect.poll(() => frame.locator("#event-details-heading").textContent()).toBe(target.title.en);
    if (pattern !== "plain") await expect.poll(() => holder.$eval("#embed", (el) => el.getAttribute("data-cronica-selected"))).toBe(target.id);
    // The host heard ready and select, from the embed's exact origin.
    const log = await holder.evaluate(() => (window as unknown as { hostLog: { origin: string; data: { type?: string } }[] }).hostLog);
    const expectedOrigin = pattern === "wordpress-sandbox" ? "null" : inject("appOrigin");
    expect(log.some((m) => m.data?.type === "cronica:ready" && m.origin === expectedOrigin)).toBe(true);
    expect(log.some((m) => m.data?.type === "cronica:select" && m.origin === expectedOrigin)).toBe(true);
    if (pattern === "wordpress-sandbox") {
      expect(log.some((m) => (m.data as { message?: string; secret?: string })?.message === "height" && (m.data as { secret?: string }).secret === "abc123XYZ")).toBe(true);
    }

    // Keyboard focus can enter the embed and arrow between events.
    await holder.focus("#before");
    let inTimeline = false;
    for (let i = 0; i < 40 && !inTimeline; i++) {
      await page.keyboard.press("Tab");
      inTimeline = await frame.evaluate(() => document.hasFocus() && document.activeElement?.classList.contains("timeline-frame") === true);
    }
    expect(inTimeline).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.locator("#event-details-heading").textContent()).toBe(releases[3]!.title.en);

    // "Open full view" carries the view, without the embed parameters.
    const href = (await frame.getByRole("link", { name: /Open full view/ }).getAttribute("href"))!;
    const url = new URL(href);
    expect(url.origin).toBe(inject("appOrigin"));
    expect(url.searchParams.get("embed")).toBeNull();
    expect(url.searchParams.get("cat")).toBe("release");
    expect(url.searchParams.get("event")).toBe(releases[3]!.id);
    expect(await frame.getByRole("link", { name: /Open full view/ }).getAttribute("target")).toBe("_blank");

    expect(errors).toEqual([]);
    await page.screenshot({ path: new URL(`embed-${pattern}-after.png`, artifacts).pathname });
    await page.context().close();
  });
});

describe("embed options", () => {
  it("controls=none and theme=dark give a bare, dark timeline", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.goto(`${inject("appOrigin")}/index.html?embed=1&controls=none&theme=dark&lang=es`);
    await page.waitForSelector('html[data-cronica="ready"]');
    expect(await page.locator(".compact-filters").count()).toBe(0);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    const bg = await page.$eval(".embed", (el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe("rgb(20, 24, 29)");
    expect(await page.getByRole("link", { name: /Abrir vista completa/ }).count()).toBe(1);
    await page.screenshot({ path: new URL("embed-dark.png", artifacts).pathname });
    await context.close();
  });

  it("fits a short frame: the middle scrolls inside, the footer stays visible", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 320 } });
    const page = await context.newPage();
    await page.goto(`${inject("appOrigin")}/index.html?embed=1`);
    await page.waitForSelector('html[data-cronica="ready"]');
    const footer = (await page.locator(".embed-footer").boundingBox())!;
    expect(footer.y + footer.height).toBeLessThanOrEqual(320.5);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(321);
    expect(await page.$eval(".embed-scroll", (el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // With every control shown, nothing (not even visually hidden helper text) makes the frame's page scroll.
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${inject("appOrigin")}/index.html?embed=1&controls=full`);
    await page.waitForSelector('html[data-cronica="ready"]');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(601);
    await context.close();
  });
});

describe("the Share / Embed dialog", () => {
  it("gives a snippet that works when pasted into a page on another site, and copies it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("appOrigin") });
    const page = await context.newPage();
    await page.goto(`${inject("appOrigin")}/index.html?cat=release&lang=en`);
    await page.waitForSelector('html[data-cronica="ready"]');
    const opener = page.getByRole("button", { name: /Share/ });
    await opener.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ state: "visible" }); // its code loads on first open
    const code = await dialog.locator("textarea").inputValue();
    expect(code).toContain("cat=release");
    expect(code).toContain('loading="lazy"');
    expect(code).not.toContain("<script");
    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // The live preview is a working embed.
    const preview = page.frames().find((f) => f.url().includes("embed=1"))!;
    await preview.waitForSelector('html[data-cronica="ready"]');
    await page.keyboard.press("Escape");
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Share/);

    // Paste the snippet into another site's page: it shows the same view.
    const other = await context.newPage();
    await other.goto(`${host.origin}/plain.html`); // an http page on the host origin …
    await other.evaluate((html) => {
      document.body.innerHTML = html; // … into which the educator pastes the snippet
    }, code);
    let frame: Frame | undefined;
    await expect.poll(() => (frame = other.frames().find((f) => f.url().includes("embed=1") && f.url().includes("cat=release"))) !== undefined).toBe(true);
    await frame!.waitForSelector('html[data-cronica="ready"]');
    expect(await frame!.locator(".result-count").textContent()).toContain(`Showing ${releases.length} of`);
    await context.close();
  });
});
