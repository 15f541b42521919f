// No JSX: the floors are built with Vite's defaults, without the app's config or plugins.
import { createElement, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

const root = document.documentElement;

/**
 * Renders a floor page: "Loading…", then the line `text` resolves to, marked ready as Cronica's
 * useReadySignal does (in an effect of the first render that shows the data); a rejection marks
 * the page as failed with its message. Shared by both floors, so they differ only in how they read.
 */
export function renderFloor(text: Promise<string>): void {
  const fail = (err: unknown) => {
    root.setAttribute("data-bench", "error");
    root.setAttribute("data-bench-error", err instanceof Error ? err.message : String(err));
  };
  function Floor() {
    const [line, setLine] = useState<string | null>(null);
    useEffect(() => {
      text.then(setLine, fail);
    }, []);
    useEffect(() => {
      if (line === null) return;
      performance.mark("bench:ready");
      root.setAttribute("data-bench", "ready");
    }, [line]);
    return createElement("p", null, line ?? "Loading…");
  }
  createRoot(document.getElementById("root")!).render(createElement(Floor));
}
