import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { DownloadButton } from "../../src/components/DialogButtons.tsx";
import { parseCsv } from "../../src/export/csvFormat.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import type { UiLanguage } from "../../src/i18n/locales.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import { validDataset } from "../helpers/datasetFixture.ts";

const { saveBlob } = vi.hoisted(() => ({ saveBlob: vi.fn<(blob: Blob, fileName: string) => void>() }));
vi.mock("../../src/export/download.ts", () => ({ saveBlob }));

function renderDownload(lang: UiLanguage = "en") {
  const result = parseDataset(validDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const store = createTimelineStore({ lang });
  store.getState().setDataset(result.dataset, { kind: "file", name: "fixture.json" });
  store.getState().setFilters({ categories: ["protest"] });
  store.getState().setDomain([Date.UTC(2024, 6, 28), Date.UTC(2024, 7, 3)]);
  const user = userEvent.setup();
  const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  // After setup(): user-event installs its own clipboard stub there.
  Object.defineProperty(window.navigator, "clipboard", { value: { writeText }, configurable: true });
  render(
    <StoreProvider store={store}>
      <DownloadButton />
    </StoreProvider>,
  );
  return { store, user, writeText, dataset: result.dataset };
}

async function open(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Download" }));
  // The dialog's code loads on first open: on a busy machine that can take longer than the 1 s default.
  return screen.findByRole("dialog", { name: "Download and cite" }, { timeout: 10_000 });
}

/** The last saved file: its name and text. */
async function lastSaved(): Promise<{ name: string; text: string; type: string }> {
  const call = saveBlob.mock.calls.at(-1);
  if (!call) throw new Error("nothing was saved");
  return { name: call[1], text: await call[0].text(), type: call[0].type };
}

const ids = (csv: string) => {
  const parsed = parseCsv(csv);
  if (!("rows" in parsed)) throw new Error("bad CSV");
  const [header, ...rows] = parsed.rows;
  const col = header!.indexOf("id");
  return rows.map((r) => r[col]);
};

beforeEach(() => saveBlob.mockClear());
afterEach(() => {
  Reflect.deleteProperty(window.navigator, "clipboard");
  document.querySelectorAll(".timeline-svg").forEach((el) => el.remove());
});

describe("<DownloadButton>", () => {
  it("opens a named dialog that offers the shown events by default, or the whole dataset", async () => {
    const { user } = renderDownload();
    expect(screen.queryByRole("dialog")).toBeNull();
    const dialog = await open(user);
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(within(dialog).getByRole("radio", { name: "The 2 events shown" })).toHaveProperty("checked", true);
    expect(within(dialog).getByRole("radio", { name: "The whole dataset (4 events)" })).toHaveProperty("checked", false);
  });

  it("CSV saves one row per shown event, named …_filtered.csv; the whole dataset gives every event and …_all.csv", async () => {
    const { user } = renderDownload();
    await open(user);
    await user.click(screen.getByRole("button", { name: "CSV" }));
    let saved = await lastSaved();
    expect(saved.name).toBe("fixture_2024-07-28_2024-08-02_filtered.csv");
    expect(saved.type).toBe("text/csv;charset=utf-8");
    expect(ids(saved.text)).toEqual(["protests-2024-07", "detentions-ongoing"]);
    expect(screen.getAllByRole("status")[0]!.textContent).toBe("Saved fixture_2024-07-28_2024-08-02_filtered.csv");

    await user.click(screen.getByRole("radio", { name: /^The whole dataset/ }));
    await user.click(screen.getByRole("button", { name: "CSV" }));
    saved = await lastSaved();
    expect(saved.name.endsWith("_all.csv")).toBe(true);
    expect(new Set(ids(saved.text))).toEqual(new Set(["protests-2024-07", "election-day", "detentions-ongoing", "results-announcement"]));
  });

  it("names a filtered export by the date filters when they are set", async () => {
    const { user, store } = renderDownload();
    store.getState().setFilters({ from: "2024-07", to: "2024-07-29" });
    await open(user);
    await user.click(screen.getByRole("button", { name: "CSV" }));
    expect((await lastSaved()).name).toBe("fixture_2024-07_2024-07-29_filtered.csv");
  });

  it("Excel (es) CSV uses semicolons and starts with a byte-order mark", async () => {
    const { user } = renderDownload();
    await open(user);
    await user.click(screen.getByRole("button", { name: "Excel (es) CSV" }));
    const blob = saveBlob.mock.calls.at(-1)![0];
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob.text();
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFF?id;date;start;end;/);
    expect(ids(text)).toEqual(["protests-2024-07", "detentions-ongoing"]);
  });

  it("JSON loads back through parseDataset with the same events, and has an export block", async () => {
    const { user } = renderDownload();
    await open(user);
    await user.click(screen.getByRole("button", { name: "JSON" }));
    const saved = await lastSaved();
    expect(saved.name).toBe("fixture_2024-07-28_2024-08-02_filtered.json");
    const raw = JSON.parse(saved.text);
    const back = parseDataset(raw);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.dataset.events.map((e) => e.id)).toEqual(["protests-2024-07", "detentions-ongoing"]);
    expect(raw.export).toMatchObject({
      datasetId: "fixture",
      datasetVersion: "1.0.0",
      scope: "filtered",
      sourceSha256: "",
      eventCount: 2,
      permalink: "http://localhost:3000/?cat=protest",
      filters: { categories: ["protest"] },
    });
    expect(raw.export.citation).toContain("view: Protest");
  });

  it("GeoJSON says how many events were left out for lacking coordinates", async () => {
    const { user } = renderDownload();
    await open(user);
    await user.click(screen.getByRole("radio", { name: /^The whole dataset/ }));
    await user.click(screen.getByRole("button", { name: "GeoJSON" }));
    const saved = await lastSaved();
    expect(saved.name).toBe("fixture_2024-07-28_2024-08-31_all.geojson");
    expect(JSON.parse(saved.text).features).toHaveLength(1);
    expect(screen.getAllByRole("status")[0]!.textContent).toBe("1 event saved; 3 left out because they have no coordinates");
  });

  it("SVG and PNG are disabled without a timeline on the page", async () => {
    const { user } = renderDownload();
    await open(user);
    for (const name of ["SVG", "PNG 2×", "PNG 3×"]) expect(screen.getByRole("button", { name })).toHaveProperty("disabled", true);
  });

  it("SVG saves a standalone picture of the timeline on the page, with title, legend and permalink", async () => {
    const timeline = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    timeline.setAttribute("class", "timeline-svg");
    timeline.setAttribute("width", "900");
    timeline.setAttribute("height", "120");
    timeline.innerHTML = '<rect class="plot-background" width="900" height="120"></rect>';
    document.body.append(timeline);
    const { user } = renderDownload();
    await open(user);
    await user.click(screen.getByRole("button", { name: "SVG" }));
    const saved = await lastSaved();
    expect(saved.type).toBe("image/svg+xml");
    expect(saved.name).toBe("fixture_2024-07-28_2024-08-02_filtered.svg");
    expect(saved.text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(saved.text).toContain(">Fixture timeline</text>");
    expect(saved.text).toContain(">Protest</text>");
    expect(saved.text).not.toContain(">Election</text>");
    expect(saved.text).toContain("Filters: Protest");
    expect(saved.text).toContain(">http://localhost:3000/?cat=protest</text>");
    expect(saved.text).toContain("Loaded from fixture.json.");
    expect(saved.text).toContain('class="plot-background"');
  });

  it("Cite shows APA with the dataset title and version; BibTeX and CSL-JSON on request; Copy says 'Copied'", async () => {
    const { user, writeText } = renderDownload();
    await open(user);
    const field = screen.getByRole("textbox", { name: "Citation" }) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toContain("Fixture timeline (Version 1.0.0)");
    expect(field.value).toContain("http://localhost:3000/?cat=protest");
    await user.click(screen.getByRole("button", { name: "Copy citation" }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    const cite = screen.getByRole("group", { name: "Cite" });
    expect(within(cite).getByRole("status").textContent).toBe("Copied");

    await user.selectOptions(screen.getByRole("combobox", { name: "Citation style" }), "BibTeX");
    expect(field.value.startsWith("@misc{cronica-fixture-1.0.0,")).toBe(true);
    await user.selectOptions(screen.getByRole("combobox", { name: "Citation style" }), "CSL-JSON");
    expect(JSON.parse(field.value)[0]).toMatchObject({ type: "dataset", version: "1.0.0", note: "view: Protest" });
  });

  it("the permalink carries the data address when the data came from the web, as the Share dialog's does", async () => {
    const { user, store, dataset } = renderDownload();
    store.getState().setDataset(dataset, { kind: "url", url: "https://data.example/d.json", host: "data.example" });
    await open(user);
    expect((screen.getByRole("textbox", { name: "Citation" }) as HTMLTextAreaElement).value).toContain("http://localhost:3000/?data=https%3A%2F%2Fdata.example%2Fd.json&cat=protest");
  });

  it("the permalink keeps the address's data parameter", async () => {
    window.history.replaceState(null, "", "/?data=https%3A%2F%2Fdata.example%2Fd.json&cat=protest");
    try {
      const { user } = renderDownload();
      await open(user);
      expect((screen.getByRole("textbox", { name: "Citation" }) as HTMLTextAreaElement).value).toContain("http://localhost:3000/?data=https%3A%2F%2Fdata.example%2Fd.json&cat=protest");
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });

  it("Escape closes the dialog and returns focus to the button", async () => {
    const { user } = renderDownload();
    await open(user);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Download" }));
  });

  it("speaks Spanish", async () => {
    const { user } = renderDownload("es");
    await user.click(screen.getByRole("button", { name: "Descargar" }));
    expect(screen.getByRole("dialog", { name: "Descargar y citar" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Los 2 hechos mostrados" })).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "Cita" }) as HTMLTextAreaElement).value).toContain("Cronología de prueba (Versión 1.0.0)");
  });
});
