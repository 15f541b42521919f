/**
 * With 10,000 events the list renders only the rows around the view (plus the selected and the
 * focused one), keeps table semantics with aria-rowcount / aria-rowindex, scrolls to a selection
 * made elsewhere, and the keyboard reaches every row.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { EventList } from "../../src/components/EventList.tsx";
import type { Dataset } from "../../src/data/model.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import { syntheticDataset } from "../helpers/syntheticDataset.ts";

const COUNT = 10_000;
let dataset: Dataset;

beforeAll(() => {
  const result = parseDataset(syntheticDataset(COUNT, 3));
  if (!result.ok) throw new Error("synthetic dataset does not parse");
  dataset = result.dataset;
});

afterEach(() => vi.restoreAllMocks());

function renderBigList() {
  const store = createTimelineStore({ lang: "en" });
  store.getState().setDataset(dataset);
  render(
    <StoreProvider store={store}>
      <EventList />
    </StoreProvider>,
  );
  return { store, box: screen.getByRole("region", { name: /Events shown/ }), table: screen.getByRole("table") };
}

const bodyRows = () => within(screen.getByRole("table")).getAllByRole("row").slice(1);
const rowIndexes = () => bodyRows().map((r) => Number(r.getAttribute("aria-rowindex")));
const rowAtIndex = (i: number) => bodyRows().find((r) => r.getAttribute("aria-rowindex") === String(i + 2));

const HEADER_PX = 40;
const ROW_PX = 33;
const VIEW_PX = 330;

/** Lays the box out as a 330 px viewport with the body 40 px down and rows of 33 px, placed by aria-rowindex. */
function fakeLayout(box: HTMLElement) {
  Object.defineProperty(box, "clientHeight", { configurable: true, value: VIEW_PX });
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    const rowIndex = this.getAttribute("aria-rowindex");
    if (this.tagName === "TR" && rowIndex !== null && rowIndex !== "1") return new DOMRect(0, HEADER_PX + (Number(rowIndex) - 2) * ROW_PX - box.scrollTop, 300, ROW_PX);
    if (this.tagName === "TBODY") return new DOMRect(0, HEADER_PX - box.scrollTop, 300, COUNT * ROW_PX);
    if (this.tagName === "THEAD") return new DOMRect(0, 0, 300, HEADER_PX);
    return new DOMRect(0, 0, 300, VIEW_PX);
  });
}

describe("<EventList> with 10,000 events", () => {
  it("renders a bounded window of rows, and tells assistive technology the total", () => {
    const { table } = renderBigList();
    expect(table.getAttribute("aria-rowcount")).toBe(String(COUNT + 1));
    expect(screen.getByRole("table", { name: /10,?000 events in the current view/ })).toBeTruthy();
    const shown = rowIndexes();
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(80);
    expect(shown[0]).toBe(2); // the first event, after the header row
    expect(shown).toEqual(shown.map((_, k) => k + 2));
    // One spacer stands for the rest, so the scroll height is that of every row.
    const gaps = table.querySelectorAll<HTMLElement>("tr.event-table-gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.getAttribute("aria-hidden")).toBe("true");
    expect(parseFloat(gaps[0]!.querySelector("td")!.style.height)).toBe((COUNT - shown.length) * ROW_PX);
    expect(bodyRows()[0]!.getAttribute("data-event-id")).toBe(dataset.events[0]!.id);
  });

  it("renders and scrolls to an event selected far down, then the rows around it as the box scrolls there", () => {
    const { store, box } = renderBigList();
    fakeLayout(box);
    const far = dataset.events[7_000]!;
    act(() => store.getState().selectEvent(far.id));
    const row = rowAtIndex(7_000)!;
    expect(row.getAttribute("data-event-id")).toBe(far.id);
    expect(row.getAttribute("aria-current")).toBe("true");
    // Its bottom (40 + 7001 × 33) aligns with the bottom of the 330 px view.
    expect(box.scrollTop).toBe(HEADER_PX + 7_001 * ROW_PX - VIEW_PX);
    act(() => void fireEvent.scroll(box));
    const shown = rowIndexes();
    expect(shown).toContain(6_995 + 2);
    expect(shown).not.toContain(2);
    expect(shown.length).toBeLessThan(80);
  });

  it("keeps the focused row rendered when the box scrolls away from it", async () => {
    const { box } = renderBigList();
    fakeLayout(box);
    const first = within(bodyRows()[0]!).getByRole("button");
    first.focus();
    box.scrollTop = 5_000 * ROW_PX;
    act(() => void fireEvent.scroll(box));
    expect(rowIndexes()).toContain(2);
    expect(document.activeElement).toBe(first);
  });

  it("moves the focus past the rendered rows: Tab, arrows, End and Home reach every row", async () => {
    renderBigList();
    const last = rowIndexes().at(-1)! - 2;
    within(rowAtIndex(last)!).getByRole("button").focus();
    await userEvent.tab();
    const next = rowAtIndex(last + 1)!;
    expect(next.getAttribute("data-event-id")).toBe(dataset.events[last + 1]!.id);
    expect(document.activeElement).toBe(within(next).getByRole("button"));
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex")).toBe(String(last + 2 + 2));
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex")).toBe(String(last + 1 + 2));
    await userEvent.keyboard("{End}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe(dataset.events[COUNT - 1]!.id);
    expect(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex")).toBe(String(COUNT + 1));
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe(dataset.events[COUNT - 2]!.id);
    await userEvent.keyboard("{Home}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe(dataset.events[0]!.id);
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("table").querySelector("[aria-current='true']")?.getAttribute("data-event-id")).toBe(dataset.events[0]!.id);
  });

  it("Tab on the very last row leaves the table", async () => {
    renderBigList();
    within(rowAtIndex(0)!).getByRole("button").focus();
    await userEvent.keyboard("{End}");
    const lastButton = document.activeElement;
    expect(lastButton?.closest("tr")?.getAttribute("aria-rowindex")).toBe(String(COUNT + 1));
    await userEvent.tab();
    expect(document.activeElement).not.toBe(lastButton);
    expect(screen.getByRole("table").contains(document.activeElement)).toBe(false);
  });

  it("sorts newest first from the Date header, over all the events", async () => {
    const { table } = renderBigList();
    await userEvent.click(within(table).getByRole("button", { name: /Date/ }));
    expect(screen.getAllByRole("columnheader")[0]!.getAttribute("aria-sort")).toBe("descending");
    expect(bodyRows()[0]!.getAttribute("data-event-id")).toBe(dataset.events[COUNT - 1]!.id);
    expect(bodyRows()[1]!.getAttribute("data-event-id")).toBe(dataset.events[COUNT - 2]!.id);
    expect(table.getAttribute("aria-rowcount")).toBe(String(COUNT + 1));
    within(bodyRows()[0]!).getByRole("button").focus();
    await userEvent.keyboard("{End}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe(dataset.events[0]!.id);
  });

  it("filters down to a short list that renders whole, without spacers", () => {
    const { store } = renderBigList();
    act(() => store.getState().setFilters({ categories: ["protest"], actors: ["Actor 3"] }));
    const table = screen.getByRole("table");
    expect(bodyRows().length).toBeGreaterThan(0);
    expect(table.querySelector("tr.event-table-gap")).toBeNull();
    expect(table.classList.contains("event-table--windowed")).toBe(false);
    expect(bodyRows().length).toBe(Number(table.getAttribute("aria-rowcount")) - 1);
  });
});
