/**
 * The embed's side of the host-page protocol (a public contract, documented in the README). It
 * posts `{type: "cronica:ready", version: 1}` after the first render, `{type: "cronica:height",
 * height, version: 1}` when the content's natural height changes by 1 px or more (throttled to a
 * frame, capped), and `{type: "cronica:select", id, version: 1}` when the selection changes. With a
 * WordPress secret it also posts WordPress's `{message: "height", value, secret}`. It accepts
 * commands only from `window.parent`.
 */
import type { TimelineStore } from "../state/store.ts";
import { applyCommand, parseCommand } from "./commands.ts";

export const MAX_HEIGHT_PX = 10_000;
/** At most this many height messages per second, however the content churns. */
const MIN_INTERVAL_MS = 100;

export interface HostBridgeOptions {
  store: TimelineStore;
  /** Measures the natural content height (not the frame's). */
  measure: () => number;
  /** Elements whose size changes mean the height may have changed. */
  observe: () => Element[];
  wpSecret: string | null;
  win?: Window;
}

export function startHostBridge({ store, measure, observe, wpSecret, win = window }: HostBridgeOptions): () => void {
  const parent = win.parent;
  const embedded = parent !== win;
  const post = (msg: unknown) => {
    // The messages carry nothing private, and the host's origin is unknown (sandboxes make it opaque).
    if (embedded) parent.postMessage(msg, "*");
  };

  let lastHeight = -1;
  let lastSentAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendHeight = () => {
    timer = null;
    const height = Math.min(MAX_HEIGHT_PX, Math.max(0, Math.ceil(measure())));
    if (Math.abs(height - lastHeight) < 1) return;
    lastHeight = height;
    lastSentAt = Date.now();
    post({ type: "cronica:height", height, version: 1 });
    if (wpSecret) post({ message: "height", value: height, secret: wpSecret });
  };
  const scheduleHeight = () => {
    if (timer !== null) return;
    const wait = Math.max(0, MIN_INTERVAL_MS - (Date.now() - lastSentAt));
    timer = setTimeout(() => win.requestAnimationFrame(sendHeight), wait);
  };

  const ro = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(scheduleHeight);
  const onReady = () => {
    for (const el of observe()) ro?.observe(el);
    post({ type: "cronica:ready", version: 1 });
    sendHeight();
  };
  if (win.document.documentElement.getAttribute("data-cronica") === "ready") onReady();
  else win.addEventListener("cronica:ready", onReady, { once: true });

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId) post({ type: "cronica:select", id: s.selectedId, version: 1 });
  });

  const onMessage = (ev: MessageEvent) => {
    // Only the frame's own parent may drive it; siblings and children are ignored.
    if (!embedded || ev.source !== parent) return;
    const cmd = parseCommand(ev.data);
    if (cmd) applyCommand(store, cmd);
  };
  win.addEventListener("message", onMessage);

  return () => {
    unsubscribe();
    ro?.disconnect();
    if (timer !== null) clearTimeout(timer);
    win.removeEventListener("message", onMessage);
    win.removeEventListener("cronica:ready", onReady);
  };
}
