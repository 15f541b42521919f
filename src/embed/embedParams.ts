/** The embed mode's own URL parameters: `embed=1`, `controls`, `theme`; bad values fall back. */
export type Controls = "none" | "compact" | "full";
export type Theme = "light" | "dark" | "auto";

export interface EmbedParams {
  embed: boolean;
  controls: Controls;
  theme: Theme;
  /** WordPress's sandboxed-embed secret from `#?secret=…`, if present. */
  wpSecret: string | null;
}

const CONTROLS: readonly Controls[] = ["none", "compact", "full"];
const THEMES: readonly Theme[] = ["light", "dark", "auto"];

export function parseEmbedParams(search: string, hash: string): EmbedParams {
  const params = new URLSearchParams(search);
  const controls = params.get("controls");
  const theme = params.get("theme");
  const embed = params.get("embed");
  return {
    embed: embed === "1" || embed === "true",
    controls: CONTROLS.includes(controls as Controls) ? (controls as Controls) : "compact",
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : "light",
    wpSecret: wordPressSecret(hash),
  };
}

/** WordPress puts `#?secret=abc123` (letters and digits only) on sandboxed embeds. */
export function wordPressSecret(hash: string): string | null {
  const m = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return m ? m[1]! : null;
}
