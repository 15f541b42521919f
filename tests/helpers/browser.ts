/** Opening the built app in real Chromium, and collecting what went wrong on the page. */
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium.ts";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS, headless: true });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Wait for `data-cronica="ready"` (default) or `"error"`. */
  waitFor?: "ready" | "error" | "none";
  locale?: string;
}

/** Opens `/index.html` + `query` and waits until the app says it is ready. */
export async function openApp(browser: Browser, query = "", options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? "en-GB",
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${inject("appOrigin")}/index.html${query}`);
  const waitFor = options.waitFor ?? "ready";
  if (waitFor !== "none") await page.waitForSelector(`html[data-cronica="${waitFor}"]`, { timeout: 15_000 });
  return { page, errors };
}

/** The ids of the event marks currently drawn. */
export async function drawnEventIds(page: Page): Promise<string[]> {
  return page.$$eval(".timeline-svg [data-event-id]", (els) => els.map((el) => el.getAttribute("data-event-id") ?? ""));
}

/** The axis tick labels currently drawn. */
export async function tickLabels(page: Page): Promise<string[]> {
  return page.$$eval(".axis-label", (els) => els.map((el) => el.textContent ?? ""));
}
