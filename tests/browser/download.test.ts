/**
 * The Download dialog in real Chromium against the built app: the data files hold exactly the
 * events listed on screen, and the SVG/PNG pictures are standalone and the right size. Pictures are
 * saved to .artifacts/ for a human to look at.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Download, Locator, Page } from "playwright-core";
import { parseCsv } from "../../src/export/csvFormat.ts";
import { launchBrowser, openApp } from "../helpers/browser.ts";

const dataset = JSON.parse(readFileSync(new URL("../../data/venezuela-2024.json", import.meta.url), "utf8")) as {
  id: string;
  title: { en: string };
  categories: { id: string; label: { en: string } }[];
  events: { id: string; category: string }[];
};
const artifacts = new URL("./.artifacts/", import.meta.url);
mkdirSync(artifacts, { recursive: true });
const artifact = (name: string) => new URL(name, artifacts).pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Download and cite" });
  await dialog.waitFor();
  return dialog;
}

/** Clicks `button` and returns the download it starts, with the file's bytes. */
async function download(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await dl.path();
  return { download: dl, bytes: readFileSync(path) };
}

/** The ids of the rows of the event list on screen. */
function listedIds(page: Page): Promise<string[]> {
  return page.$$eval(".event-list tbody tr[data-event-id]", (rows) => rows.map((r) => r.getAttribute("data-event-id") ?? ""));
}

function csvIds(text: string): string[] {
  const parsed = parseCsv(text);
  if (!("rows" in parsed)) throw new Error(`bad CSV: ${parsed.error}`);
  const [header, ...rows] = parsed.rows;
  const col = header!.indexOf("id");
  return rows.map((r) => r[col] ?? "");
}

/** Styles and geometry of an SVG picture opened as a document: is it styled, does every text fit? */
function inspectPicture(viewer: Page) {
  return viewer.evaluate(() => {
    const root = document.documentElement as unknown as SVGSVGElement;
    const width = root.getBoundingClientRect().width;
    const title = document.querySelector(".export-title")!;
    const label = document.querySelector(".axis-label");
    // Header, legend and footer texts must lie inside the picture (the timeline clips its own).
    const overflowing = Array.from(document.querySelectorAll<SVGTextElement>(".export-header text, .export-legend text, .export-footer-lines text"))
      .filter((t) => {
        const box = t.getBBox();
        return box.x < 0 || box.x + box.width > width;
      })
      .map((t) => t.textContent);
    return {
      width,
      titleFill: getComputedStyle(title).fill,
      titleFont: getComputedStyle(title).fontFamily,
      labelFill: label ? getComputedStyle(label).fill : null,
      laneFill: getComputedStyle(document.querySelector(".lane")!).fill,
      marks: document.querySelectorAll("[data-event-id]").length,
      overflowing,
    };
  });
}

describe("Download in Chromium", () => {
  it("CSV and JSON of ?cat=release hold the events listed on screen, one for one", async () => {
    const { page, errors } = await openApp(browser, "?cat=release");
    const listed = await listedIds(page);
    const releases = dataset.events.filter((e) => e.category === "release").map((e) => e.id);
    expect(new Set(listed)).toEqual(new Set(releases));
    const dialog = await openDialog(page);

    const csv = await download(page, dialog.getByRole("button", { name: "CSV", exact: true }));
    expect(csv.download.suggestedFilename()).toMatch(new RegExp(`^${dataset.id}_.+_filtered\\.csv$`));
    const fromCsv = csvIds(csv.bytes.toString("utf8"));
    expect(fromCsv).toHaveLength(listed.length);
    expect([...fromCsv].sort()).toEqual([...listed].sort());

    const json = await download(page, dialog.getByRole("button", { name: "JSON", exact: true }));
    expect(json.download.suggestedFilename()).toMatch(/_filtered\.json$/);
    const file = JSON.parse(json.bytes.toString("utf8")) as { events: { id: string }[]; export: Record<string, unknown> };
    expect(file.events.map((e) => e.id).sort()).toEqual([...listed].sort());
    expect(file.export).toMatchObject({ datasetId: dataset.id, scope: "filtered", eventCount: listed.length, filters: { categories: ["release"] } });
    expect(String(file.export.permalink)).toMatch(/\/index\.html\?cat=release$/);
    expect(await dialog.getByRole("status").first().textContent()).toContain("_filtered.json");

    await dialog.getByRole("radio", { name: /^The whole dataset/ }).check();
    const all = await download(page, dialog.getByRole("button", { name: "CSV", exact: true }));
    expect(all.download.suggestedFilename()).toMatch(/_all\.csv$/);
    expect(csvIds(all.bytes.toString("utf8"))).toHaveLength(dataset.events.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("SVG and PNG 2× are standalone pictures of the view: title, legend, size", async () => {
    const { page, errors } = await openApp(browser, "?cat=release");
    const timelineWidth = Number(await page.locator(".timeline-svg").getAttribute("width"));
    expect(timelineWidth).toBeGreaterThan(300);
    const dialog = await openDialog(page);
    await page.screenshot({ path: artifact("download-dialog.png") });

    const svg = await download(page, dialog.getByRole("button", { name: "SVG", exact: true }));
    expect(svg.download.suggestedFilename()).toMatch(/_filtered\.svg$/);
    const svgText = svg.bytes.toString("utf8");
    writeFileSync(artifact("download-release.svg"), svgText);
    expect(svgText).toContain(xml(dataset.title.en));
    expect(svgText).toContain(">Releases</text>");
    expect(svgText).not.toContain("var(--");
    const svgWidth = Number(/^<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
    const svgHeight = Number(/^<svg[^>]* height="(\d+)"/.exec(svgText)?.[1]);
    expect(svgWidth).toBe(timelineWidth + 32);

    const png = await download(page, dialog.getByRole("button", { name: "PNG 2×", exact: true }));
    expect(png.download.suggestedFilename()).toMatch(/_filtered\.png$/);
    copyFileSync(await png.download.path(), artifact("download-release@2x.png"));
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(errors).toEqual([]);

    // Open both files in a fresh page, as a reader would.
    const viewer = await browser.newPage({ viewport: { width: svgWidth, height: svgHeight }, deviceScaleFactor: 1 });
    const dataUrl = `data:image/png;base64,${png.bytes.toString("base64")}`;
    const info = await viewer.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return { width: img.naturalWidth, height: img.naturalHeight, corner: [...ctx.getImageData(2, 2, 1, 1).data] };
    }, dataUrl);
    expect(info.width).toBe(2 * svgWidth);
    expect(info.corner).toEqual([255, 255, 255, 255]);

    await viewer.goto(new URL("download-release.svg", artifacts).href);
    const rendered = await inspectPicture(viewer);
    expect(rendered.width).toBe(svgWidth);
    expect(rendered.titleFill).toBe("rgb(27, 31, 36)");
    expect(rendered.titleFont).toContain("DejaVu Sans");
    expect(rendered.labelFill).toBe("rgb(79, 87, 97)");
    expect(rendered.laneFill).toBe("rgb(250, 251, 252)");
    expect(rendered.marks).toBeGreaterThan(0);
    expect(rendered.overflowing).toEqual([]);
    await viewer.screenshot({ path: artifact("download-release-svg.png") });
    await viewer.context().close();
    await page.context().close();
  });

  it("a picture of the unfiltered view has every category in its legend, and PNG 3× is three times as wide", async () => {
    const { page, errors } = await openApp(browser);
    const dialog = await openDialog(page);
    const svg = await download(page, dialog.getByRole("button", { name: "SVG", exact: true }));
    expect(svg.download.suggestedFilename()).toMatch(/_all\.svg$/);
    const svgText = svg.bytes.toString("utf8");
    for (const c of dataset.categories) expect(svgText, c.id).toContain(`>${xml(c.label.en)}</text>`);
    expect(svgText).toContain("All events, no filters");
    const svgWidth = Number(/^<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
    const png = await download(page, dialog.getByRole("button", { name: "PNG 3×", exact: true }));
    copyFileSync(await png.download.path(), artifact("download-all@3x.png"));
    // PNG IHDR: width is the big-endian uint32 at byte 16.
    expect(png.bytes.readUInt32BE(16)).toBe(3 * svgWidth);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a 375 px phone the picture wraps its title and footer instead of cutting them off", async () => {
    const { page, errors } = await openApp(browser, "?cat=release,legal", { width: 375, height: 740 });
    const dialog = await openDialog(page);
    await page.screenshot({ path: artifact("download-dialog-375.png") });
    const svg = await download(page, dialog.getByRole("button", { name: "SVG", exact: true }));
    const svgText = svg.bytes.toString("utf8");
    writeFileSync(artifact("download-375.svg"), svgText);
    const svgWidth = Number(/^<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
    const svgHeight = Number(/^<svg[^>]* height="(\d+)"/.exec(svgText)?.[1]);
    expect(svgWidth).toBeLessThanOrEqual(375 + 32);
    const viewer = await browser.newPage({ viewport: { width: svgWidth, height: svgHeight }, deviceScaleFactor: 2 });
    await viewer.goto(new URL("download-375.svg", artifacts).href);
    const rendered = await inspectPicture(viewer);
    expect(rendered.overflowing).toEqual([]);
    await viewer.screenshot({ path: artifact("download-375-svg.png") });
    await viewer.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Cite copies the APA citation with the dataset title, version and permalink", async () => {
    const { page } = await openApp(browser, "?cat=release");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const dialog = await openDialog(page);
    const text = await dialog.getByRole("textbox", { name: "Citation" }).inputValue();
    expect(text).toContain(`${dataset.title.en} (Version`);
    expect(text).toMatch(/\/index\.html\?cat=release$/);
    await dialog.getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => dialog.getByRole("group", { name: "Cite" }).getByRole("status").textContent()).toBe("Copied");
    await page.context().close();
  });
});
