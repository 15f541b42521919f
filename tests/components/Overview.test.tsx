import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { Overview } from "../../src/components/Overview.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import type { TimelineStore } from "../../src/state/store.ts";
import { MIN_VISIBLE_SPAN_MS, paddedExtent, timeScale } from "../../src/timeline/scales.ts";
import { validDataset } from "../helpers/datasetFixture.ts";

const D = 86_400_000;
/** The width the overview draws at when jsdom measures 0. */
const WIDTH = 600;

function renderOverview() {
  const result = parseDataset(validDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const store = createTimelineStore({ lang: "en" });
  store.getState().setDataset(result.dataset);
  const bounds = paddedExtent(result.dataset.extent);
  const span = bounds[1] - bounds[0];
  // A window of a quarter of the bounds, starting a quarter of the way in.
  store.getState().setDomain([bounds[0] + span / 4, bounds[0] + span / 2]);
  const { container } = render(
    <StoreProvider store={store}>
      <Overview />
    </StoreProvider>,
  );
  const group = screen.getByRole("group", { name: /Overview of all events/ });
  return { store, bounds, group, container, x: timeScale(bounds, WIDTH) };
}

const domainOf = (store: TimelineStore) => store.getState().domain!;
const spanOf = (d: readonly [number, number]) => d[1] - d[0];

/** d3-brush reads `event.view`; vitest's jsdom window is not accepted in the MouseEvent init, so set it after. */
function mouse(target: EventTarget, type: "mousedown" | "mousemove" | "mouseup", clientX: number) {
  const ev = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY: 10, button: 0 });
  Object.defineProperty(ev, "view", { value: window });
  target.dispatchEvent(ev);
}

function expectInside(d: readonly [number, number], bounds: readonly [number, number]) {
  expect(d[0]).toBeGreaterThanOrEqual(bounds[0]);
  expect(d[1]).toBeLessThanOrEqual(bounds[1]);
}

describe("<Overview>", () => {
  it("is one labelled, described tab stop", () => {
    const { group } = renderOverview();
    expect(group.getAttribute("tabindex")).toBe("0");
    const help = document.getElementById(group.getAttribute("aria-describedby")!);
    expect(help?.textContent).toMatch(/arrows move the window/);
    expect(help?.className).toBe("visually-hidden");
  });

  it("draws all events in grey and the filtered ones by category colour", () => {
    const { store, container } = renderOverview();
    // One outlined path for all events, one filled path per category shown.
    const grey = () => [...container.querySelectorAll("path.overview-all")].map((p) => p.getAttribute("d"));
    const fills = () => [...container.querySelectorAll("path.overview-shown")].map((r) => r.getAttribute("fill"));
    expect(grey()).toHaveLength(1);
    expect(grey()[0]).toMatch(/^(M[\d.,-]+h[\d.-]+v[\d.-]+h[\d.-]+Z)+$/);
    expect(fills()).toContain("#123456");
    const before = grey();
    act(() => store.getState().setFilters({ categories: ["protest"] }));
    expect(grey()).toEqual(before);
    expect(fills()).not.toContain("#123456");
    expect(fills().length).toBeGreaterThan(0);
  });

  it("ArrowRight moves the window later by a tenth of its span; ArrowLeft earlier", async () => {
    const { store, group } = renderOverview();
    const before = domainOf(store);
    group.focus();
    await userEvent.keyboard("{ArrowRight}");
    const after = domainOf(store);
    expect(after[0] - before[0]).toBeCloseTo(spanOf(before) * 0.1, -3);
    expect(spanOf(after)).toBeCloseTo(spanOf(before), -3);
    await userEvent.keyboard("{ArrowLeft}");
    expect(domainOf(store)[0]).toBeCloseTo(before[0], -3);
  });

  it("Shift+ArrowRight widens and Shift+ArrowLeft narrows the window around its centre", async () => {
    const { store, group } = renderOverview();
    const before = domainOf(store);
    const centre = (d: readonly [number, number]) => (d[0] + d[1]) / 2;
    group.focus();
    await userEvent.keyboard("{Shift>}{ArrowRight}{/Shift}");
    const wider = domainOf(store);
    expect(spanOf(wider)).toBeGreaterThan(spanOf(before));
    expect(centre(wider)).toBeCloseTo(centre(before), -3);
    await userEvent.keyboard("{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}");
    expect(spanOf(domainOf(store))).toBeLessThan(spanOf(before));
    expect(centre(domainOf(store))).toBeCloseTo(centre(before), -3);
  });

  it("Home, End, PageUp and PageDown move the window to the ends and by whole spans", async () => {
    const { store, group, bounds } = renderOverview();
    const span = spanOf(domainOf(store));
    group.focus();
    await userEvent.keyboard("{End}");
    expect(domainOf(store)[1]).toBe(bounds[1]);
    await userEvent.keyboard("{PageUp}");
    expect(domainOf(store)[1]).toBeCloseTo(bounds[1] - span, -3);
    await userEvent.keyboard("{Home}");
    expect(domainOf(store)[0]).toBe(bounds[0]);
    await userEvent.keyboard("{PageDown}");
    expect(domainOf(store)[0]).toBeCloseTo(bounds[0] + span, -3);
  });

  it("the four buttons move and resize the window like the keys", async () => {
    const { store } = renderOverview();
    const start = domainOf(store);
    await userEvent.click(screen.getByRole("button", { name: "Move the period later" }));
    expect(domainOf(store)[0] - start[0]).toBeCloseTo(spanOf(start) * 0.1, -3);
    await userEvent.click(screen.getByRole("button", { name: "Move the period earlier" }));
    expect(domainOf(store)[0]).toBeCloseTo(start[0], -3);
    await userEvent.click(screen.getByRole("button", { name: "Widen the period" }));
    expect(spanOf(domainOf(store))).toBeGreaterThan(spanOf(start));
    await userEvent.click(screen.getByRole("button", { name: "Narrow the period" }));
    await userEvent.click(screen.getByRole("button", { name: "Narrow the period" }));
    expect(spanOf(domainOf(store))).toBeLessThan(spanOf(start));
    expect(screen.getByRole("status").textContent).toMatch(/^Showing \d+ \w+ 2024 – \d+ \w+ 2024$/);
  });

  it("never moves the window outside the bounds", async () => {
    const { store, group, bounds } = renderOverview();
    group.focus();
    await userEvent.keyboard("{ArrowRight>30/}");
    expectInside(domainOf(store), bounds);
    expect(domainOf(store)[1]).toBe(bounds[1]);
    await userEvent.keyboard("{Shift>}{ArrowRight>20/}{/Shift}");
    expect(domainOf(store)).toEqual(bounds);
    await userEvent.keyboard("{Shift>}{ArrowLeft>100/}{/Shift}");
    expectInside(domainOf(store), bounds);
    expect(spanOf(domainOf(store))).toBe(MIN_VISIBLE_SPAN_MS);
    await userEvent.keyboard("{Shift>}{ArrowRight>40/}{ArrowLeft>3/}{/Shift}");
    for (let i = 0; i < 30; i++) await userEvent.click(screen.getByRole("button", { name: "Move the period earlier" }));
    expect(domainOf(store)[0]).toBe(bounds[0]);
  });

  it("follows a domain set elsewhere (the main timeline's zoom) with the brush", () => {
    const { store, container, bounds, x } = renderOverview();
    const selection = () => container.querySelector(".overview-brush .selection")!;
    expect(Number(selection().getAttribute("x"))).toBeCloseTo(x(domainOf(store)[0]), 3);
    const next: [number, number] = [bounds[0] + 10 * D, bounds[0] + 12 * D];
    act(() => store.getState().setDomain(next));
    expect(Number(selection().getAttribute("x"))).toBeCloseTo(x(next[0]), 3);
    expect(Number(selection().getAttribute("width"))).toBeCloseTo(x(next[1]) - x(next[0]), 3);
    expect(domainOf(store)).toEqual(next);
  });

  it("dragging across the overview sets the domain to the brushed range", () => {
    const { store, container, x } = renderOverview();
    const overlay = container.querySelector(".overview-brush .overlay")!;
    act(() => {
      mouse(overlay, "mousedown", 60);
      mouse(window, "mousemove", 120);
      mouse(window, "mousemove", 180);
      mouse(window, "mouseup", 180);
    });
    const d = domainOf(store);
    expect(d[0]).toBeCloseTo(x.invert(60).getTime(), -3);
    expect(d[1]).toBeCloseTo(x.invert(180).getTime(), -3);
  });

  it("a click outside the window centres it there, keeping its span, instead of clearing it", () => {
    const { store, container, x, bounds } = renderOverview();
    const before = domainOf(store);
    const overlay = container.querySelector(".overview-brush .overlay")!;
    const clickAt = x(before[1]) + 100;
    act(() => {
      mouse(overlay, "mousedown", clickAt);
      mouse(window, "mouseup", clickAt);
    });
    const d = domainOf(store);
    expect(spanOf(d)).toBeCloseTo(spanOf(before), -3);
    expect((d[0] + d[1]) / 2).toBeCloseTo(x.invert(clickAt).getTime(), -3);
    expectInside(d, bounds);
    const selection = container.querySelector(".overview-brush .selection")!;
    expect(selection.getAttribute("style") ?? "").not.toMatch(/display: none/);
    expect(Number(selection.getAttribute("x"))).toBeCloseTo(x(d[0]), 3);
  });
});
