import { messages } from "../i18n/messages.ts";
import { useTimeline, useTimelineStore } from "../state/StoreProvider.tsx";

/** Small dismissible notices (ignored URL parameters and the like), announced politely. */
export function Notices() {
  const store = useTimelineStore();
  const notices = useTimeline((s) => s.notices);
  const t = messages[useTimeline((s) => s.lang)];
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text}
          <button type="button" onClick={() => store.getState().dismissNotice(n.id)} aria-label={t.dismiss}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
