/** The hover card: title, date and category of one event, placed next to its mark. */
export interface TooltipProps {
  title: string;
  date: string;
  category: string;
  color: string;
  /** Position inside the timeline frame, pixels. */
  left: number;
  top: number;
}

export function Tooltip(p: TooltipProps) {
  return (
    <div className="tooltip" role="tooltip" ref={(el) => {
        if (el) placeTooltip(el, p.left, p.top);
      }}>
      <div className="tooltip-category">
        <span className="swatch" ref={(el) => el?.style.setProperty("background", p.color)} />
        {p.category}
      </div>
      <div className="tooltip-title">{p.title}</div>
      <div className="tooltip-date">{p.date}</div>
    </div>
  );
}

/** Positions through the DOM API (not a style attribute), keeping the card inside its frame. */
function placeTooltip(el: HTMLElement, left: number, top: number) {
  const frame = el.parentElement?.clientWidth ?? 0;
  const x = Math.max(4, Math.min(left, frame - el.offsetWidth - 4));
  el.style.setProperty("left", `${x}px`);
  el.style.setProperty("top", `${Math.max(0, top)}px`);
}
