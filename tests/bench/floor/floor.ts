// No JSX: the floor is built with Vite's defaults, without the app's config or plugins.
import { createElement, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

const root = document.documentElement;
const fail = (err: unknown) => {
  root.setAttribute("data-bench", "error");
  root.setAttribute("data-bench-error", err instanceof Error ? err.message : String(err));
};

async function read(url: string): Promise<string> {
  // The same request Cronica makes, so both read the same cached response.
  const response = await fetch(url, { credentials: "omit", mode: "cors", redirect: "follow", referrerPolicy: "no-referrer" });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const text = await response.text();
  // The bench judges the page's tasks from here to first render (as for Cronica and vis-timeline).
  performance.mark("bench:fetched");
  const dataset = JSON.parse(text) as { events: unknown[] };
  return `${dataset.events.length.toLocaleString("en-US")} events`;
}

// Read as soon as this module runs, before React renders anything (as Cronica's prefetch does):
// the floor is the least a React app needs, so it waits for nothing it does not have to.
const dataUrl = new URL(location.href).searchParams.get("data");
const early = dataUrl ? read(dataUrl) : Promise.resolve("no dataset");
early.catch(() => {});

function Floor() {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    early.then(setLine, fail);
  }, []);
  // As Cronica's useReadySignal: marked in an effect of the first render that shows the data.
  useEffect(() => {
    if (line === null) return;
    performance.mark("bench:ready");
    root.setAttribute("data-bench", "ready");
  }, [line]);
  return createElement("p", null, line ?? "Loading…");
}

createRoot(document.getElementById("root")!).render(createElement(Floor));
