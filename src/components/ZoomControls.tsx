import type { Messages } from "../i18n/messages.ts";

/** The +, − and "fit all" buttons. */
export function ZoomControls({ t, onZoom, onFit }: { t: Messages; onZoom: (factor: number) => void; onFit: () => void }) {
  return (
    <div className="zoom-controls" role="group" aria-label={t.zoomControls}>
      <button type="button" onClick={() => onZoom(1.6)} aria-label={t.zoomIn} title={t.zoomIn}>
        +
      </button>
      <button type="button" onClick={() => onZoom(1 / 1.6)} aria-label={t.zoomOut} title={t.zoomOut}>
        −
      </button>
      <button type="button" onClick={onFit}>
        {t.fitAll}
      </button>
    </div>
  );
}
