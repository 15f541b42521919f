/**
 * The drawn events as the timeline listbox's options, for assistive technology. Chromium does not
 * expose `role="option"` on SVG elements (it reports a group), so the options are HTML: one empty,
 * invisible box over each mark, in time order, named like the mark. The listbox (the frame) keeps
 * the one tab stop and points at the selected option with `aria-activedescendant`; magnifiers
 * follow the box to the mark. The SVG itself is hidden from assistive technology.
 */
import { memo, useMemo } from "react";
import type { RenderEvent } from "./EventMark.tsx";

export interface EventOptionsProps {
  /** The marks as drawn (any order). */
  marks: readonly RenderEvent[];
  /** Prefix of the option ids; an option's id is the prefix plus its event's index. */
  idPrefix: string;
  /** How many events the listbox holds in all (the drawn ones may be fewer). */
  setSize: number;
  /** The plot's top inside the frame (the axis height), pixels. */
  topPx: number;
  /** A point mark's diameter, pixels. */
  markSize: number;
}

export const EventOptions = memo(function EventOptions({ marks, idPrefix, setSize, topPx, markSize }: EventOptionsProps) {
  const inTimeOrder = useMemo(() => [...marks].sort((a, b) => a.index - b.index), [marks]);
  return (
    <>
      {inTimeOrder.map((m) => {
        const left = m.kind === "point" ? m.x - markSize / 2 : m.x;
        const width = m.kind === "point" ? markSize : Math.max(m.width, 2);
        return (
          <div
            key={m.id}
            id={`${idPrefix}${m.index}`}
            className="timeline-option"
            role="option"
            aria-selected={m.emphasis === "selected"}
            aria-setsize={setSize}
            aria-posinset={m.index + 1}
            aria-label={m.ariaLabel}
            data-event-id={m.id}
            // Through the DOM API, not a style attribute (see Tooltip).
            ref={(el) => {
              el?.style.setProperty("left", `${left}px`);
              el?.style.setProperty("top", `${topPx + m.y - markSize / 2}px`);
              el?.style.setProperty("width", `${width}px`);
              el?.style.setProperty("height", `${markSize}px`);
            }}
          />
        );
      })}
    </>
  );
});
