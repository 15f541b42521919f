/**
 * A fresh Chromium per run: new process, new profile, so no run inherits another's JIT, GC or
 * cache state. The profile is on disk because an off-the-record context keeps its HTTP cache in
 * memory and caps one entry at ~6 MB, too small for the 100,000-event file; on disk it is cached
 * like any visitor's.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../helpers/chromium.ts";

/** The flags both tools run under: the browser tests' (issue 6's list, plus --disable-quic). */
export const BENCH_FLAGS = CHROMIUM_ARGS;
export const VIEWPORT = { width: 1280, height: 800 };

export interface BenchBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launchFresh(executablePath: string, tmpRoot: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpRoot, "profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: BENCH_FLAGS,
    headless: true,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: "en-GB",
  });
  return {
    context,
    close: async () => {
      // A page stuck in a long task can make a polite close hang: give it 15 s, then move on.
      await Promise.race([context.close().catch(() => {}), new Promise((ok) => setTimeout(ok, 15_000))]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Reads the dataset once from a same-site page with the request the tools make (no credentials,
 * CORS), so the measured page finds it in the HTTP cache.
 */
export async function warmCache(context: BrowserContext, warmPageUrl: string, dataUrl: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(warmPageUrl);
  const bytes = await page.evaluate(async (url) => {
    const r = await fetch(url, { credentials: "omit", mode: "cors", referrerPolicy: "no-referrer" });
    return (await r.arrayBuffer()).byteLength;
  }, dataUrl);
  // The disk cache writes the entry after the body is read; let it land before the real load.
  await page.waitForTimeout(300);
  await page.close();
  return bytes;
}

/** A new tab for the measured load, closing the blank one a persistent context starts with. */
export async function freshPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  for (const p of context.pages()) if (p !== page) await p.close();
  return page;
}
