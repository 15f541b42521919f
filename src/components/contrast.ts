/**
 * WCAG contrast for the dataset's category colours. A dataset chooses its own colours, so the app
 * cannot trust them to stand out from its backgrounds: `withContrast` nudges a colour towards black
 * (on light backgrounds) or white (on dark ones) just far enough for the 3:1 that WCAG 1.4.11 asks
 * of graphics. Pure: colours in, colour out.
 */

/** WCAG 1.4.11: marks, icons and other meaningful graphics against what is next to them. */
export const GRAPHIC_CONTRAST = 3;

/** `#rrggbb` or `#rgb` as [r, g, b] (0–255); null for anything else. */
export function parseHex(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The WCAG contrast ratio of two colours, 1–21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `color` mixed towards black (light backgrounds) or white (dark ones) in small steps until it has
 * `minRatio` against every one of `backgrounds`; unchanged when it already has, or when a colour or
 * the backgrounds cannot be read. Backgrounds must all be light or all be dark, as a theme's are.
 */
export function withContrast(color: string, backgrounds: readonly string[], minRatio = GRAPHIC_CONTRAST): string {
  const rgb = parseHex(color);
  const bgs = backgrounds.map(parseHex).filter((b): b is [number, number, number] => b !== null);
  if (!rgb || bgs.length === 0) return color;
  const dark = bgs.reduce((sum, b) => sum + luminance(b), 0) / bgs.length < 0.5;
  const target = dark ? 255 : 0;
  const enough = (c: readonly number[]) => bgs.every((b) => contrastRatio(c, b) >= minRatio);
  if (enough(rgb)) return color;
  for (let step = 1; step <= 40; step++) {
    const mixed = toHex(rgb.map((v) => v + (target - v) * (step / 40)));
    if (enough(parseHex(mixed)!)) return mixed;
  }
  return toHex([target, target, target]);
}
