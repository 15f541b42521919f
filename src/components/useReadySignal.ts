import { useEffect } from "react";

/**
 * Once the first complete render is on screen, marks the page for tests, benchmarks and host pages:
 * `<html data-cronica="ready">` and a `cronica:ready` performance mark.
 */
export function useReadySignal(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const root = document.documentElement;
    if (root.getAttribute("data-cronica") === "ready") return;
    root.setAttribute("data-cronica", "ready");
    performance.mark("cronica:ready");
  }, [ready]);
}
