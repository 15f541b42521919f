import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { FilterPanel } from "../../src/components/FilterPanel.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import type { UiLanguage } from "../../src/i18n/locales.ts";
import { validDataset } from "../helpers/datasetFixture.ts";
import { syntheticDataset } from "../helpers/syntheticDataset.ts";

function renderFilters(lang: UiLanguage = "en") {
  const raw = validDataset();
  raw.events[3]!.actors = ["Electoral authority", "Edmundo González"];
  raw.events[1]!.actors = ["Edmundo González"];
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const store = createTimelineStore({ lang });
  store.getState().setDataset(result.dataset);
  render(
    <StoreProvider store={store}>
      <FilterPanel />
    </StoreProvider>,
  );
  return store;
}

const count = () => screen.getByRole("status").textContent;

describe("<FilterPanel>", () => {
  it("writes large counts with the reader's thousands separators, in the total and on each category", () => {
    const result = parseDataset(syntheticDataset(6_000, 3));
    if (!result.ok) throw new Error("synthetic dataset does not parse");
    const store = createTimelineStore({ lang: "en" });
    store.getState().setDataset(result.dataset);
    render(
      <StoreProvider store={store}>
        <FilterPanel />
      </StoreProvider>,
    );
    expect(count()).toBe("Showing 6,000 of 6,000 events");
    const chip = screen.getAllByRole("button", { name: /^[^:]+: [\d,]+ events$/ })[0]!;
    expect(chip.getAttribute("aria-label")).toMatch(/: 1,\d{3} events$/);
    expect(chip.querySelector(".chip-count")?.textContent).toMatch(/^1,\d{3}$/);
  });

  it("shows each category with its live count and the total shown", () => {
    renderFilters();
    expect(screen.getByRole("button", { name: "Election: 2 events" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Protest: 2 events" })).toBeTruthy();
    expect(count()).toBe("Showing 4 of 4 events");
  });

  it("toggling a category off hides its events; 'only' and 'all' do what they say", async () => {
    const store = renderFilters();
    await userEvent.click(screen.getByRole("button", { name: "Protest: 2 events" }));
    expect(store.getState().filters.categories).toEqual(["election"]);
    expect(count()).toBe("Showing 2 of 4 events");
    expect(screen.getByRole("button", { name: /^Protest/ }).getAttribute("aria-pressed")).toBe("false");
    await userEvent.click(screen.getByRole("button", { name: "Show only Protest" }));
    expect(store.getState().filters.categories).toEqual(["protest"]);
    await userEvent.click(screen.getByRole("button", { name: "All" }));
    expect(store.getState().filters.categories).toEqual([]);
    expect(count()).toBe("Showing 4 of 4 events");
  });

  it("searching is insensitive to case and accents, and counts follow", async () => {
    const store = renderFilters();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search" }), "GONZALEZ");
    expect(store.getState().filters.query).toBe("GONZALEZ");
    expect(count()).toBe("Showing 2 of 4 events");
  });

  it("an actor facet filters by OR within it, with counts", async () => {
    const store = renderFilters();
    await userEvent.click(screen.getByText("Actors"));
    const list = screen.getByRole("list", { name: "Actors" });
    const gonzalez = within(list).getByRole("checkbox", { name: /Edmundo González/ });
    expect(within(list).getByText("Edmundo González").parentElement?.textContent).toContain("2");
    await userEvent.click(gonzalez);
    expect(store.getState().filters.actors).toEqual(["Edmundo González"]);
    expect(count()).toBe("Showing 2 of 4 events");
    await userEvent.click(within(list).getByRole("checkbox", { name: /Electoral authority/ }));
    expect(count()).toBe("Showing 2 of 4 events");
  });

  it("typed dates filter when valid and say so when not", async () => {
    const store = renderFilters();
    const from = screen.getByRole("textbox", { name: "From" });
    await userEvent.type(from, "2024-07-29");
    expect(store.getState().filters.from).toBe("2024-07-29");
    expect(count()).toBe("Showing 3 of 4 events");
    await userEvent.clear(from);
    await userEvent.type(from, "2024-13");
    expect(from.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Use YYYY, YYYY-MM or YYYY-MM-DD")).toBeTruthy();
  });

  it("Reset clears every filter", async () => {
    const store = renderFilters();
    await userEvent.type(screen.getByRole("searchbox", { name: "Search" }), "protest");
    await userEvent.click(screen.getByRole("button", { name: "Show only Protest" }));
    await userEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(store.getState().filters.query).toBe("");
    expect(store.getState().filters.categories).toEqual([]);
    expect((screen.getByRole("searchbox", { name: "Search" }) as HTMLInputElement).value).toBe("");
  });

  it("speaks Spanish", () => {
    renderFilters("es");
    expect(count()).toBe("Se muestran 4 de 4 hechos");
    expect(screen.getByRole("button", { name: "Elección: 2 hechos" })).toBeTruthy();
  });
});
