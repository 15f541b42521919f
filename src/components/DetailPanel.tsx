/** The detail panel, linked to the selection: a side panel, or a bottom sheet on narrow screens. */
import { useMemo } from "react";
import type { PoliticalEvent } from "../data/model.ts";
import { messages } from "../i18n/messages.ts";
import { useVisibleEvents } from "../state/selectors.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";
import { EventDetails } from "./EventDetails.tsx";
import { useMarkColor } from "./useMarkColor.ts";

export function DetailPanel() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const selectedId = useTimeline((s) => s.selectedId);
  const lang = useTimeline((s) => s.lang);
  const t = messages[lang];
  const markColor = useMarkColor();
  const visible = useVisibleEvents();
  const event = selectedId ? dataset?.eventById.get(selectedId) : undefined;
  const related = useMemo(
    () => (event?.related ?? []).map((id) => dataset?.eventById.get(id)).filter((e): e is PoliticalEvent => e !== undefined),
    [event, dataset],
  );
  return (
    <aside className={event ? "detail-panel detail-panel--open" : "detail-panel"} aria-label={t.details}>
      {event && dataset ? (
        <>
          <div className="detail-nav">
            <StepButton label={t.previousEvent} text="‹" target={visible[visible.indexOf(event) - 1]} onSelect={(id) => store.getState().selectEvent(id)} hidden={!visible.includes(event)} />
            <StepButton label={t.nextEvent} text="›" target={visible[visible.indexOf(event) + 1]} onSelect={(id) => store.getState().selectEvent(id)} hidden={!visible.includes(event)} />
            <button
              type="button"
              className="detail-close"
              onClick={() => {
                store.getState().selectEvent(null);
                // This button goes away with the details: focus goes back to the timeline, where events are chosen.
                document.querySelector<HTMLElement>(".timeline-frame")?.focus();
              }}
              aria-label={t.closeDetails}
              title={t.closeDetails}
            >
              ×
            </button>
          </div>
          <EventDetails
            event={event}
            category={dataset.categoryById.get(event.category)}
            categoryColor={markColor(dataset.categoryById.get(event.category)?.color ?? "#555555")}
            related={related}
            lang={lang}
            defaultLang={dataset.languages[0] ?? "en"}
            onSelect={(id) => store.getState().selectEvent(id)}
          />
        </>
      ) : (
        <p className="detail-empty">{t.noSelection}</p>
      )}
    </aside>
  );
}

/** Previous/next in time within the filtered events; at the ends `aria-disabled`, not `disabled`, so a focused button keeps the focus. */
function StepButton({ label, text, target, hidden, onSelect }: { label: string; text: string; target: PoliticalEvent | undefined; hidden: boolean; onSelect: (id: string) => void }) {
  if (hidden) return null;
  return (
    <button type="button" aria-label={label} title={label} aria-disabled={!target} onClick={() => target && onSelect(target.id)}>
      {text}
    </button>
  );
}
