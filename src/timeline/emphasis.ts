/** Interaction state becomes style through one function and one table. */
export type Emphasis = "default" | "hovered" | "selected" | "related";

export function resolveEmphasis(id: string, selectedId: string | null, hoveredId: string | null, relatedIds: ReadonlySet<string>): Emphasis {
  if (id === selectedId) return "selected";
  if (id === hoveredId) return "hovered";
  if (relatedIds.has(id)) return "related";
  return "default";
}

export interface MarkStyle {
  /** Scale applied to the mark size. */
  scale: number;
  strokeWidth: number;
  /** Draw the focus/selection ring. */
  ring: boolean;
  labelWeight: number;
}

export const EVENT_STYLE: Record<Emphasis, MarkStyle> = {
  default: { scale: 1, strokeWidth: 1, ring: false, labelWeight: 400 },
  related: { scale: 1.1, strokeWidth: 2, ring: false, labelWeight: 600 },
  hovered: { scale: 1.25, strokeWidth: 2, ring: false, labelWeight: 600 },
  selected: { scale: 1.35, strokeWidth: 2.5, ring: true, labelWeight: 700 },
};
