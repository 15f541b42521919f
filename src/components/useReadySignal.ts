import { useEffect } from "react";

/**
 * Once the first complete render is on screen, marks the page for tests, benchmarks and host pages:
 * `<html data-cronica="ready">`, a `cronica:ready` performance mark and a `cronica:ready` window event.
 */
export function useReadySignal(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const root = document.documentElement;
    if (root.getAttribute("data-cronica") === "ready") return;
    root.setAttribute("data-cronica", "ready");
    performance.mark("cronica:ready");
    // Embeds tell their host page (see embed/hostBridge.ts).
    window.dispatchEvent(new Event("cronica:ready"));
  }, [ready]);
}
