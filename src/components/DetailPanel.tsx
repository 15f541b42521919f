/** The detail panel, linked to the selection: a side panel, or a bottom sheet on narrow screens. */
import { useMemo } from "react";
import type { PoliticalEvent } from "../data/model.ts";
import { messages } from "../i18n/messages.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";
import { EventDetails } from "./EventDetails.tsx";

export function DetailPanel() {
  const store = useTimelineStore();
  const dataset = useTimeline((s) => s.dataset);
  const selectedId = useTimeline((s) => s.selectedId);
  const lang = useTimeline((s) => s.lang);
  const t = messages[lang];
  const event = selectedId ? dataset?.eventById.get(selectedId) : undefined;
  const related = useMemo(
    () => (event?.related ?? []).map((id) => dataset?.eventById.get(id)).filter((e): e is PoliticalEvent => e !== undefined),
    [event, dataset],
  );
  return (
    <aside className={event ? "detail-panel detail-panel--open" : "detail-panel"} aria-label={t.details}>
      {event && dataset ? (
        <>
          <button type="button" className="detail-close" onClick={() => store.getState().selectEvent(null)} aria-label={t.closeDetails} title={t.closeDetails}>
            ×
          </button>
          <EventDetails
            event={event}
            category={dataset.categoryById.get(event.category)}
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
