/** "Open data": a file (picker or drop anywhere on the page) or a web address, with clear problems. */
import { useEffect, useId, useRef, useState } from "react";
import { fill, messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { LoadProgressLine } from "./LoadProgressLine.tsx";
import { useDataLoader } from "./useDataLoader.ts";

export function DataLoader() {
  const lang = useTimeline((s) => s.lang);
  const t = messages[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const { phase, openFile, openUrl, loadPartial, reset } = useDataLoader();
  const id = useId();

  const show = () => {
    setOpen(true);
    const d = dialog.current;
    if (!d || d.open) return;
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
  };
  const close = () => {
    dialog.current?.close?.();
    dialog.current?.removeAttribute("open");
    setOpen(false);
    reset();
    opener.current?.focus();
  };

  // A file dropped anywhere on the page opens here.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      show();
      void openFile(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [openFile]);

  return (
    <>
      <button ref={opener} type="button" onClick={show}>
        {t.openData}
      </button>
      <dialog ref={dialog} className="share-dialog data-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => (e.preventDefault(), close())}>
        {open && (
          <>
            <div className="share-head">
              <h2 id={`${id}-title`}>{t.openDataTitle}</h2>
              <button type="button" className="share-close" aria-label={t.closeDialog} onClick={close}>
                ×
              </button>
            </div>
            <p className="share-note">{t.openDataHelp}</p>
            <div className="share-field">
              <label htmlFor={`${id}-file`}>{t.chooseFile}</label>
              <input id={`${id}-file`} type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => e.target.files?.[0] && void openFile(e.target.files[0])} />
              <span className="share-note">{t.dropHere}</span>
            </div>
            <form
              className="share-field"
              onSubmit={(e) => {
                e.preventDefault();
                void openUrl(url);
              }}
            >
              <label htmlFor={`${id}-url`}>{t.fromUrl}</label>
              <div className="share-copy-row">
                <input id={`${id}-url`} type="url" inputMode="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
                <button type="submit" disabled={url.trim() === ""}>
                  {t.openUrl}
                </button>
              </div>
            </form>
            <div className="data-status" role="status" aria-live="polite">
              {phase.kind === "working" && <LoadProgressLine progress={phase.progress} label={phase.label} t={t} lang={lang} />}
              {phase.kind === "done" && <p className="data-ok">{phase.message}</p>}
            </div>
            {phase.kind === "failed" && (
              <p className="field-error" role="alert">
                {phase.message}
              </p>
            )}
            {phase.kind === "problems" && (
              <section className="data-problems" role="alert">
                <p>
                  <strong>{phase.label}</strong>: {fill(t.loadProblems, { count: phase.outcome.issues.length })}
                </p>
                <ul>
                  {phase.outcome.issues.map((issue, i) => (
                    <li key={i}>
                      <code>{phase.describe(issue, lang)}</code>
                    </li>
                  ))}
                </ul>
                <div className="data-actions">
                  {phase.outcome.partial && (
                    <button type="button" onClick={loadPartial}>
                      {fill(t.loadValidOnly, { valid: phase.outcome.partial.events.length })}
                    </button>
                  )}
                  <button type="button" onClick={close}>
                    {t.keepCurrent}
                  </button>
                </div>
              </section>
            )}
          </>
        )}
      </dialog>
    </>
  );
}
