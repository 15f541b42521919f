import type { ViewState } from "../state/store.ts";
import { serializeUrl } from "../state/url.ts";

/** The same view in the full app: the embed's address without its embed-only parameters. */
export function fullViewUrl(href: string, view: ViewState): string {
  const url = new URL(href);
  const keep = new URLSearchParams(url.search);
  for (const p of ["embed", "controls", "theme"]) keep.delete(p);
  url.search = serializeUrl(view, { lang: "en" }, keep);
  url.hash = "";
  return url.href;
}
