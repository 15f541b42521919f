/**
 * Category colours as drawn in the current theme: each dataset colour run through `withContrast`
 * against every surface a mark, icon or bar sits on, read from the stylesheet's custom properties.
 * So a dark embed lightens what a light page darkens, and `theme=auto` follows the system setting.
 * Without a stylesheet (jsdom) the colours pass through unchanged.
 */
import { useMemo, useSyncExternalStore } from "react";
import { withContrast } from "./contrast.ts";

/** The surfaces (styles.css custom properties) that category colours are drawn on. */
const SURFACES = ["--bg", "--surface", "--panel", "--lane", "--lane-odd", "--hover", "--selected-bg"] as const;
const DARK_QUERY = "(prefers-color-scheme: dark)";

const darkQuery = () => (typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const mq = darkQuery();
  // Stubs (tests) and old browsers may lack addEventListener on a MediaQueryList.
  if (typeof mq?.addEventListener !== "function") return () => {};
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

/** Changes exactly when the theme's surface colours can change. */
function themeKey(): string {
  return `${document.documentElement.getAttribute("data-theme") ?? ""}:${darkQuery()?.matches ?? false}`;
}

/** A stable function from a dataset colour to the colour to draw (new only when the theme changes). */
export function useMarkColor(): (color: string) => string {
  const key = useSyncExternalStore(subscribe, themeKey, () => "");
  return useMemo(() => {
    const style = key === "" ? null : getComputedStyle(document.documentElement);
    const surfaces = style ? SURFACES.map((p) => style.getPropertyValue(p).trim()).filter((v) => v !== "") : [];
    const cache = new Map<string, string>();
    return (color: string) => {
      let drawn = cache.get(color);
      if (drawn === undefined) {
        drawn = withContrast(color, surfaces);
        cache.set(color, drawn);
      }
      return drawn;
    };
  }, [key]);
}
