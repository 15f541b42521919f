import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { ErrorBoundary } from "../../src/components/ErrorBoundary.tsx";
import { messages } from "../../src/i18n/messages.ts";
import { createTimelineStore } from "../../src/state/store.ts";
import { surfaceUncaughtErrors } from "../../src/state/surfaceUncaughtErrors.ts";

const en = messages.en;

/** The app's Timeline, made to fail on demand. */
const brokenTimeline = vi.hoisted(() => ({ now: false }));
vi.mock("../../src/components/Timeline.tsx", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/components/Timeline.tsx")>();
  return {
    ...real,
    Timeline: () => {
      if (brokenTimeline.now) throw new Error("the timeline broke");
      return <p>Timeline stand-in</p>;
    },
  };
});

/** Throws while `fail.now` is true, like a part of the page with a bug triggered by some data. */
const fail = { now: true };
function Fragile() {
  if (fail.now) throw new Error("Cannot read properties of undefined (reading 'start')");
  return <p>Fragile part works</p>;
}

/** A sibling with state of its own, which must survive the failure next to it. */
function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>Clicked {n}</button>;
}

beforeEach(() => {
  fail.now = true;
  // React reports every caught render error on the console; that is expected here.
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("<ErrorBoundary>", () => {
  it("a child that throws shows the localized message while a sibling still renders and works", async () => {
    render(
      <main>
        <ErrorBoundary t={en} label="Timeline of events">
          <Fragile />
        </ErrorBoundary>
        <ErrorBoundary t={en} label="Filters">
          <Counter />
        </ErrorBoundary>
      </main>,
    );
    const alert = screen.getByRole("alert", { name: "Timeline of events" });
    expect(alert.textContent).toContain(en.partFailed);
    expect(alert.textContent).toContain("reading 'start'");
    expect(screen.queryByText("Fragile part works")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Clicked 0" }));
    expect(screen.getByRole("button", { name: "Clicked 1" })).toBeTruthy();
  });

  it("'Try again' renders the children again, and shows the message again if they still fail", async () => {
    render(
      <ErrorBoundary t={en}>
        <Fragile />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole("button", { name: en.tryAgain }));
    expect(screen.getByRole("alert").textContent).toContain(en.partFailed);
    fail.now = false;
    await userEvent.click(screen.getByRole("button", { name: en.tryAgain }));
    expect(screen.getByText("Fragile part works")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("speaks the reader's language", () => {
    render(
      <ErrorBoundary t={messages.es}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain(messages.es.partFailed);
    expect(screen.getByRole("button", { name: messages.es.tryAgain })).toBeTruthy();
  });

  it("tries again by itself when resetKey changes (new data on screen)", () => {
    const { rerender } = render(
      <ErrorBoundary t={en} resetKey="first dataset">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toBeTruthy();
    fail.now = false;
    rerender(
      <ErrorBoundary t={en} resetKey="second dataset">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText("Fragile part works")).toBeTruthy();
  });

  it("shows hostile error text as text", () => {
    function Hostile(): never {
      throw new Error('<img src=x onerror="window.__pwned=1">');
    }
    const { container } = render(
      <ErrorBoundary t={en}>
        <Hostile />
      </ErrorBoundary>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("alert").textContent).toContain("<img src=x");
  });
});

/** A stand-in window: dispatching "error" on the real one would also reach the test runner. */
const fakeWindow = () => new EventTarget() as unknown as Window;

describe("surfaceUncaughtErrors(store, window)", () => {
  it("turns an uncaught error and an unhandled rejection into notices, in the reader's language", () => {
    const store = createTimelineStore({ lang: "es" });
    const window = fakeWindow();
    const stop = surfaceUncaughtErrors(store, window);
    act(() => {
      window.dispatchEvent(new ErrorEvent("error", { message: "boom", error: new Error("boom in a click handler") }));
      const rejection = new Event("unhandledrejection") as Event & { reason?: unknown };
      rejection.reason = new Error("the download failed");
      window.dispatchEvent(rejection);
    });
    const texts = store.getState().notices.map((n) => n.text);
    expect(texts).toEqual([
      messages.es.unexpectedError.replace("{detail}", "boom in a click handler"),
      messages.es.unexpectedError.replace("{detail}", "the download failed"),
    ]);
    stop();
    window.dispatchEvent(new ErrorEvent("error", { message: "after stop", error: new Error("after stop") }));
    expect(store.getState().notices).toHaveLength(2);
  });

  it("ignores the browser's ResizeObserver loop warning and opaque cross-origin 'Script error.'", () => {
    const store = createTimelineStore();
    const window = fakeWindow();
    const stop = surfaceUncaughtErrors(store, window);
    window.dispatchEvent(new ErrorEvent("error", { message: "ResizeObserver loop completed with undelivered notifications." }));
    window.dispatchEvent(new ErrorEvent("error", { message: "Script error." }));
    expect(store.getState().notices).toEqual([]);
    stop();
  });
});

describe("<App> with a part that fails", () => {
  it("the timeline's failure is shown in its place; the filters and the details keep working", async () => {
    const { App } = await import("../../src/App.tsx");
    const { StoreProvider } = await import("../../src/state/StoreProvider.tsx");
    const { parseDataset } = await import("../../src/data/parseDataset.ts");
    const { validDataset } = await import("../helpers/datasetFixture.ts");
    const parsed = parseDataset(validDataset());
    if (!parsed.ok) throw new Error("fixture does not parse");
    const store = createTimelineStore();
    store.getState().setDataset(parsed.dataset);
    brokenTimeline.now = true;
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    expect(screen.getByRole("alert", { name: en.timelineLabel }).textContent).toContain(en.partFailed);
    // The rest of the page still works: the filters filter, and selecting an event opens its details.
    await userEvent.click(screen.getByRole("button", { name: "Protest: 2 events" }));
    expect(store.getState().filters.categories).toEqual(["election"]);
    act(() => store.getState().selectEvent("election-day"));
    expect(screen.getByRole("heading", { name: "Election day" })).toBeTruthy();
    brokenTimeline.now = false;
    await userEvent.click(screen.getByRole("button", { name: en.tryAgain }));
    expect(screen.queryByRole("alert", { name: en.timelineLabel })).toBeNull();
  });
});
