import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { EventList, nearestScrollTop } from "../../src/components/EventList.tsx";
import { highlightSegments } from "../../src/components/Highlight.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import type { UiLanguage } from "../../src/i18n/locales.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import { validDataset } from "../helpers/datasetFixture.ts";

type RawDataset = ReturnType<typeof validDataset>;

function renderList(mutate: (d: RawDataset) => void = () => {}, lang: UiLanguage = "en") {
  const raw = validDataset();
  mutate(raw);
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const store = createTimelineStore({ lang });
  store.getState().setDataset(result.dataset);
  const view = render(
    <StoreProvider store={store}>
      <EventList />
    </StoreProvider>,
  );
  return { store, container: view.container };
}

function setTitle(d: RawDataset, id: string, title: { en: string; es: string }) {
  const e = d.events.find((x) => x.id === id);
  if (!e) throw new Error(`no fixture event ${id}`);
  e.title = title;
}

const bodyRows = () => within(screen.getByRole("table")).getAllByRole("row").slice(1);
const rowIds = () => bodyRows().map((r) => r.getAttribute("data-event-id"));
const rowOf = (id: string) => bodyRows().find((r) => r.getAttribute("data-event-id") === id)!;

const IN_TIME_ORDER = ["election-day", "protests-2024-07", "detentions-ongoing", "results-announcement"];

describe("<EventList>", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is a labelled region holding a captioned table of date, category and event", () => {
    renderList();
    const region = screen.getByRole("region", { name: "Events shown, in time order" });
    expect(region.classList.contains("event-list")).toBe(true);
    const table = within(region).getByRole("table", { name: /4 events in the current view/ });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual([expect.stringContaining("Date"), "Category", "Event"]);
    const first = within(rowOf("election-day")).getAllByRole("cell").map((c) => c.textContent);
    expect(first).toEqual(["28 Jul 2024", "Election", "Election day"]);
    // The category keeps its shape beside its name: colour is never the only cue.
    expect(rowOf("election-day").querySelector("svg path")?.getAttribute("fill")).toBe("#123456");
  });

  it("lists exactly the filtered events, in time order", () => {
    const { store } = renderList();
    expect(rowIds()).toEqual(IN_TIME_ORDER);
    act(() => store.getState().setFilters({ categories: ["election"] }));
    expect(rowIds()).toEqual(["election-day", "results-announcement"]);
    expect(screen.getByRole("table", { name: /2 events in the current view/ })).toBeTruthy();
  });

  it("toggles the date order with the Date header button and updates aria-sort", async () => {
    renderList();
    const header = screen.getAllByRole("columnheader")[0]!;
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(screen.getByRole("table", { name: /oldest first/ })).toBeTruthy();
    await userEvent.click(within(header).getByRole("button", { name: /Date/ }));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(rowIds()).toEqual([...IN_TIME_ORDER].reverse());
    expect(screen.getByRole("table", { name: /newest first/ })).toBeTruthy();
    await userEvent.click(within(header).getByRole("button", { name: /Date/ }));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(rowIds()).toEqual(IN_TIME_ORDER);
  });

  it("selects an event from its title button and marks the row aria-current", async () => {
    const { store } = renderList();
    await userEvent.click(screen.getByRole("button", { name: "Detentions" }));
    expect(store.getState().selectedId).toBe("detentions-ongoing");
    expect(rowOf("detentions-ongoing").getAttribute("aria-current")).toBe("true");
    expect(rowOf("detentions-ongoing").classList.contains("event-row--selected")).toBe(true);
    expect(rowOf("election-day").hasAttribute("aria-current")).toBe(false);
    // A selection made elsewhere (the timeline) moves the mark here too.
    act(() => store.getState().selectEvent("election-day"));
    expect(rowOf("election-day").getAttribute("aria-current")).toBe("true");
    expect(rowOf("detentions-ongoing").hasAttribute("aria-current")).toBe(false);
  });

  it("is operable from the keyboard: Tab reaches the titles, Enter selects", async () => {
    const { store } = renderList();
    await userEvent.tab(); // the Date sort button
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Election day" }));
    expect(store.getState().hoveredId).toBe("election-day");
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedId).toBe("election-day");
    await userEvent.tab();
    expect(store.getState().hoveredId).toBe("protests-2024-07");
  });

  it("moves between titles with the arrow keys, Home and End, and counts rows for assistive technology", async () => {
    renderList();
    expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("5");
    expect(bodyRows().map((r) => r.getAttribute("aria-rowindex"))).toEqual(["2", "3", "4", "5"]);
    screen.getByRole("button", { name: "Election day" }).focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe("protests-2024-07");
    await userEvent.keyboard("{End}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe("results-announcement");
    await userEvent.keyboard("{ArrowDown}"); // already on the last row: nothing moves
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe("results-announcement");
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe("detentions-ongoing");
    await userEvent.keyboard("{Home}");
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event-id")).toBe("election-day");
  });

  it("sets hoveredId while the pointer is over a row, and clears it on leaving", async () => {
    const { store } = renderList();
    await userEvent.hover(rowOf("protests-2024-07"));
    expect(store.getState().hoveredId).toBe("protests-2024-07");
    await userEvent.unhover(rowOf("protests-2024-07"));
    expect(store.getState().hoveredId).toBeNull();
  });

  it("highlights the row of an event hovered on the timeline", () => {
    const { store } = renderList();
    act(() => store.getState().hoverEvent("results-announcement"));
    expect(rowOf("results-announcement").classList.contains("event-row--hovered")).toBe(true);
    expect(rowOf("election-day").classList.contains("event-row--default")).toBe(true);
    act(() => store.getState().hoverEvent(null));
    expect(rowOf("results-announcement").classList.contains("event-row--hovered")).toBe(false);
  });

  it("marks query matches in titles, ignoring accents and case", () => {
    const { store } = renderList((d) => setTitle(d, "detentions-ongoing", { en: "Detentions", es: "Detención de dirigentes" }), "es");
    act(() => store.getState().setFilters({ query: "detencion" }));
    expect(rowIds()).toEqual(["detentions-ongoing"]);
    const marks = rowOf("detentions-ongoing").querySelectorAll("mark");
    expect(Array.from(marks, (m) => m.textContent)).toEqual(["Detención"]);
    expect(screen.getByRole("button", { name: "Detención de dirigentes" })).toBeTruthy();
  });

  it("keeps a decomposed accent inside the mark", () => {
    const { store } = renderList((d) => setTitle(d, "detentions-ongoing", { en: "Mass detencio\u0301n", es: "Detenciones" }));
    act(() => store.getState().setFilters({ query: "DETENCIÓN" }));
    const marks = rowOf("detentions-ongoing").querySelectorAll("mark");
    expect(Array.from(marks, (m) => m.textContent)).toEqual(["detencio\u0301n"]);
  });

  it("renders a hostile title as text, never as markup", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const { store, container } = renderList((d) => setTitle(d, "election-day", { en: hostile, es: hostile }));
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("button", { name: hostile })).toBeTruthy();
    act(() => store.getState().setFilters({ query: "img onerror" }));
    expect(container.querySelector("img")).toBeNull();
    expect(Array.from(rowOf("election-day").querySelectorAll("mark"), (m) => m.textContent)).toEqual(["img", "onerror"]);
    expect(screen.getByRole("button", { name: hostile })).toBeTruthy();
  });

  it("says so when no event matches", () => {
    const { store } = renderList();
    act(() => store.getState().setFilters({ query: "zzzz-nothing" }));
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("No events match these filters.")).toBeTruthy();
  });

  it("speaks Spanish with lang 'es'", () => {
    const { store } = renderList(undefined, "es");
    expect(screen.getByRole("region", { name: "Hechos mostrados, en orden cronológico" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "4 hechos en la vista actual (los más antiguos primero)" })).toBeTruthy();
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([expect.stringContaining("Fecha"), "Categoría", "Hecho"]);
    expect(screen.getByRole("button", { name: /Fecha/ }).getAttribute("title")).toBe("Ordenar por fecha");
    expect(within(rowOf("election-day")).getAllByRole("cell").map((c) => c.textContent)).toEqual(["28 jul 2024", "Elección", "Día de la elección"]);
    act(() => store.getState().setFilters({ query: "zzzz-nothing" }));
    expect(screen.getByText("Ningún hecho coincide con estos filtros.")).toBeTruthy();
  });
});

describe("<EventList> scrolling", () => {
  afterEach(() => vi.restoreAllMocks());

  const HEADER_PX = 40;
  const ROW_PX = 30;
  const VIEW_PX = 100;

  /** Lays the list out as a 100 px viewport over a 40 px sticky header and 30 px rows. */
  function fakeLayout(box: HTMLElement) {
    Object.defineProperty(box, "clientHeight", { configurable: true, value: VIEW_PX });
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
      const rows = Array.from(box.querySelectorAll("tbody tr"));
      const i = rows.indexOf(this as HTMLTableRowElement);
      if (i >= 0) return new DOMRect(0, HEADER_PX + i * ROW_PX - box.scrollTop, 300, ROW_PX);
      if (this.tagName === "THEAD") return new DOMRect(0, 0, 300, HEADER_PX);
      return new DOMRect(0, 0, 300, VIEW_PX);
    });
  }

  it("scrolls only the list to a row selected elsewhere, by the nearest edge", () => {
    const { store } = renderList();
    const box = screen.getByRole("region", { name: /Events shown/ });
    fakeLayout(box);
    const pageScroll = vi.spyOn(window, "scrollTo").mockImplementation(() => {});
    // jsdom has no scrollIntoView; a spy stands in for it, and goes away after the test.
    const intoView = vi.fn();
    Object.defineProperty(Element.prototype, "scrollIntoView", { configurable: true, writable: true, value: intoView });
    onTestFinished(() => void Reflect.deleteProperty(Element.prototype, "scrollIntoView"));
    act(() => store.getState().selectEvent("results-announcement"));
    // Row 3 spans 130–160; the viewport shows 40–100 below the header, so its bottom aligns.
    expect(box.scrollTop).toBe(60);
    act(() => store.getState().selectEvent("protests-2024-07"));
    // Row 1 spans 70–100, hidden under the header at scrollTop 60: its top aligns below the header.
    expect(box.scrollTop).toBe(30);
    act(() => store.getState().selectEvent("detentions-ongoing"));
    expect(box.scrollTop).toBe(30); // already in view: nothing moves
    expect(pageScroll).not.toHaveBeenCalled();
    expect(intoView).not.toHaveBeenCalled();
  });

  it("scrolls smoothly unless the reader prefers reduced motion", () => {
    for (const reduce of [false, true]) {
      vi.stubGlobal("matchMedia", (q: string) => ({ matches: reduce && q.includes("reduce"), media: q }));
      const { store } = renderList();
      const box = screen.getAllByRole("region", { name: /Events shown/ }).at(-1)!;
      fakeLayout(box);
      const scrollTo = vi.fn();
      box.scrollTo = scrollTo;
      act(() => store.getState().selectEvent("results-announcement"));
      if (reduce) {
        expect(scrollTo).not.toHaveBeenCalled();
        expect(box.scrollTop).toBe(60);
      } else expect(scrollTo).toHaveBeenCalledWith({ top: 60, behavior: "smooth" });
      vi.restoreAllMocks();
    }
    vi.unstubAllGlobals();
  });
});

describe("nearestScrollTop(view, item)", () => {
  const view = { scrollTop: 100, height: 200, insetTop: 40 };
  it("returns null for an item already in view below the sticky header", () => {
    expect(nearestScrollTop(view, { top: 140, bottom: 300 })).toBeNull();
  });
  it("aligns an item above the view just below the header", () => {
    expect(nearestScrollTop(view, { top: 120, bottom: 150 })).toBe(80);
    expect(nearestScrollTop(view, { top: 10, bottom: 40 })).toBe(0);
  });
  it("aligns an item below the view with its bottom edge", () => {
    expect(nearestScrollTop(view, { top: 290, bottom: 320 })).toBe(120);
  });
  it("shows the top of an item taller than the view", () => {
    expect(nearestScrollTop(view, { top: 400, bottom: 800 })).toBe(360);
  });
});

describe("highlightSegments(text, ranges)", () => {
  it("cuts text into marked and unmarked runs", () => {
    expect(highlightSegments("abcdef", [[1, 3], [4, 5]])).toEqual([
      { text: "a", match: false },
      { text: "bc", match: true },
      { text: "d", match: false },
      { text: "e", match: true },
      { text: "f", match: false },
    ]);
    expect(highlightSegments("abc", [])).toEqual([{ text: "abc", match: false }]);
  });
});
