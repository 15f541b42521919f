import { afterEach, describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { DataLoader } from "../../src/components/DataLoader.tsx";
import { StartupLoading } from "../../src/components/StartupLoading.tsx";
import { startupProgress } from "../../src/data/load/startupProgress.ts";
import { EmbedApp } from "../../src/embed/EmbedApp.tsx";
import type { UiLanguage } from "../../src/i18n/locales.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import { syntheticDataset } from "../helpers/syntheticDataset.ts";

function renderWithStore(ui: React.ReactNode, lang: UiLanguage = "en") {
  const store = createTimelineStore({ lang });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

afterEach(() => startupProgress.set(null));

describe("<StartupLoading>", () => {
  it("says the page is loading, then which stage a ?data= load is at and how far, in a polite live region", () => {
    renderWithStore(<StartupLoading />, "es");
    const status = screen.getByRole("status");
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toBe("Cargando la cronología…");
    act(() => startupProgress.set({ stage: "fetching" }));
    expect(status.textContent).toContain("Descargando…");
    act(() => startupProgress.set({ stage: "checking", done: 45_000, total: 100_000 }));
    expect(status.textContent).toContain("Revisando 45.000 de 100.000 hechos…");
    const bar = status.querySelector("progress")!;
    expect([bar.getAttribute("value"), bar.getAttribute("max")]).toEqual(["45000", "100000"]);
  });
});

describe("<EmbedApp> while its data loads", () => {
  it("shows the same stages and counts as the full page, not a bare 'Loading…'", () => {
    renderWithStore(<EmbedApp controls="compact" />);
    act(() => startupProgress.set({ stage: "checking", done: 45_000, total: 100_000 }));
    expect(screen.getAllByRole("status").map((s) => s.textContent).join(" ")).toContain("Checking 45,000 of 100,000 events…");
  });
});

describe("<DataLoader> progress", () => {
  it("opens a file of 3,000 events where no worker can start (jsdom) and says how many it opened", async () => {
    const store = renderWithStore(<DataLoader />);
    await userEvent.click(screen.getByRole("button", { name: "Open data" }));
    const file = new File([JSON.stringify(syntheticDataset(3_000, 4))], "big.json", { type: "application/json" });
    await userEvent.upload(screen.getByLabelText("Choose a file"), file);
    await screen.findByText("Opened 3,000 events from big.json.", undefined, { timeout: 10_000 });
    expect(store.getState().dataset?.events).toHaveLength(3_000);
  });
});
