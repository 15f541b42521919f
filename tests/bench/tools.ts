/**
 * The two timelines under test (how to open each, when it is ready, and where its plot is), and the
 * two floors: almost empty React apps, measured for first render only.
 */

export type ToolId = "cronica" | "vis-timeline" | "react-floor" | "responsive-floor";

export interface Tool {
  id: ToolId;
  label: string;
  /** The page to open for a dataset URL (or, for Cronica only, the bundled dataset when omitted). */
  url: (origins: { app: string; vis: string }, dataUrl?: string) => string;
  /** The attribute on <html> that turns "ready" or "error". */
  readyAttribute: string;
  /** The performance mark set at first render. */
  readyMark: string;
  /** The element wheel and drag go to. */
  plotSelector: string;
  /** Axis labels: their text changes when the view really zoomed or panned. */
  axisSelector: string;
  /** The performance mark set once the page has the file's bytes (the file's load starts there). */
  fetchedMark?: string;
  /** Measured for first render and heap only (it has no plot). */
  readyOnly?: boolean;
}

export const CRONICA: Tool = {
  id: "cronica",
  label: "Cronica",
  url: ({ app }, dataUrl) => `${app}/index.html${dataUrl ? `?data=${encodeURIComponent(dataUrl)}` : ""}`,
  readyAttribute: "data-cronica",
  readyMark: "cronica:ready",
  fetchedMark: "cronica:data-fetched",
  plotSelector: ".timeline-frame",
  axisSelector: ".axis-label",
};

export const VIS_TIMELINE: Tool = {
  id: "vis-timeline",
  label: "vis-timeline 8.5.4",
  url: ({ vis }, dataUrl) => `${vis}/tests/bench/visTimelinePage.html?data=${encodeURIComponent(dataUrl ?? "")}`,
  readyAttribute: "data-bench",
  readyMark: "bench:ready",
  fetchedMark: "bench:fetched",
  plotSelector: ".vis-panel.vis-center",
  axisSelector: ".vis-time-axis .vis-text",
};

/** Served by the repo server from the floor's build (see floorBuild.ts). */
export const REACT_FLOOR: Tool = {
  id: "react-floor",
  label: "empty React app (floor)",
  url: ({ vis }, dataUrl) => `${vis}/${FLOOR_PATH}/index.html${dataUrl ? `?data=${encodeURIComponent(dataUrl)}` : ""}`,
  readyAttribute: "data-bench",
  readyMark: "bench:ready",
  fetchedMark: "bench:fetched",
  plotSelector: "p",
  axisSelector: "p",
  readyOnly: true,
};

/**
 * The floor made to follow issue 6's rule: it parses the file in a worker and takes the events in
 * short tasks (tests/bench/floor-responsive/). Served like the floor.
 */
export const RESPONSIVE_FLOOR: Tool = {
  id: "responsive-floor",
  label: "empty React app, parsing in a worker (responsive floor)",
  url: ({ vis }, dataUrl) => `${vis}/${RESPONSIVE_FLOOR_PATH}/index.html${dataUrl ? `?data=${encodeURIComponent(dataUrl)}` : ""}`,
  readyAttribute: "data-bench",
  readyMark: "bench:ready",
  // Set on the page when the worker says it has the file's text, before it parses it.
  fetchedMark: "bench:fetched",
  plotSelector: "p",
  axisSelector: "p",
  readyOnly: true,
};

/** Where the floors are built, under the repo root (git ignores tests/bench/.tmp). */
export const FLOOR_PATH = `tests/bench/.tmp/floor-${process.pid}`;
export const RESPONSIVE_FLOOR_PATH = `tests/bench/.tmp/floor-responsive-${process.pid}`;

export const FLOORS: readonly Tool[] = [REACT_FLOOR, RESPONSIVE_FLOOR];
export const TOOLS: readonly Tool[] = [CRONICA, VIS_TIMELINE, REACT_FLOOR, RESPONSIVE_FLOOR];
