/** "Share / Embed": the permalink of this view and the code to embed it, with options and a live preview. */
import { useId, useRef, useState } from "react";
import { textOf } from "../data/text.ts";
import { appBaseUrl, clampHeight, CONTROLS, DEFAULT_HEIGHT_PX, embedUrl, iframeSnippet, MAX_HEIGHT_PX, MIN_HEIGHT_PX, permalink, responsiveSnippet, THEMES } from "../embed/embedCode.ts";
import type { Controls, Theme } from "../embed/embedCode.ts";
import { UI_LANGUAGES } from "../i18n/locales.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import { fill, messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { copyText } from "./copyText.ts";
import { useModalDialog } from "./useModalDialog.ts";

const LANGUAGE_NAMES = { en: "English", es: "Español" } as const;
/** Plain first: it survives sanitizers that strip scripts, so it is the default. */
const KINDS = ["plain", "responsive"] as const;
type SnippetKind = (typeof KINDS)[number];

/** The modal itself, mounted only while open (so the preview iframe loads only then). */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const dataset = useTimeline((s) => s.dataset);
  const dataSource = useTimeline((s) => s.dataSource);
  const view = { lang: useTimeline((s) => s.lang), selectedId: useTimeline((s) => s.selectedId), filters: useTimeline((s) => s.filters) };
  const domain = useTimeline((s) => s.domain);
  const t = messages[view.lang];
  const id = useId();
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const [kind, setKind] = useState<SnippetKind>("plain");
  const [heightText, setHeightText] = useState(String(DEFAULT_HEIGHT_PX));
  const [embedLang, setEmbedLang] = useState<UiLanguage>(view.lang);
  const [controls, setControls] = useState<Controls>("compact");
  const [theme, setTheme] = useState<Theme>("light");
  const [status, setStatus] = useState("");

  // Start on the link, selected (see onFocus), ready for Ctrl+C.
  const { close, dialogProps } = useModalDialog(onClose, linkField);


  if (!dataset) return null;
  const base = appBaseUrl(window.location.href);
  const height = clampHeight(Number(heightText === "" ? NaN : heightText));
  const dataUrl = dataSource.kind === "url" ? dataSource.url : null;
  const url = embedUrl(base, view, domain, dataset, { height, lang: embedLang, controls, theme }, dataUrl);
  const title = `${messages[embedLang].appName}: ${textOf(dataset.title, embedLang, dataset.languages[0] ?? "en")}`;
  const code = kind === "plain" ? iframeSnippet(url, title, height) : responsiveSnippet(url, title, height, new URL("embed.js", base).href);
  const link = permalink(base, view, dataUrl);
  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => setStatus((await copyText(text, field)) ? t.shareCopied : t.shareCopyFailed);

  return (
    <dialog {...dialogProps} className="share-dialog" aria-labelledby={`${id}-title`}>
      <div className="share-head">
        <h2 id={`${id}-title`}>{t.shareTitle}</h2>
        <button type="button" className="share-close" onClick={close} aria-label={t.shareClose} title={t.shareClose}>
          ×
        </button>
      </div>
      <div className="share-field">
        <label htmlFor={`${id}-link`}>{t.sharePermalink}</label>
        <div className="share-copy-row">
          <input ref={linkField} id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy(link, linkField.current)}>{t.shareCopyLink}</button>
        </div>
      </div>
      <fieldset className="share-kind">
        <legend>{t.shareCodeType}</legend>
        {KINDS.map((k) => (
          <label key={k} className="share-radio">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} /> {k === "plain" ? t.shareCodePlain : t.shareCodeResponsive}
          </label>
        ))}
      </fieldset>
      <div className="share-field">
        <label htmlFor={`${id}-code`}>{t.shareCode}</label>
        <textarea ref={codeField} id={`${id}-code`} className="share-code" readOnly rows={kind === "plain" ? 4 : 5} value={code} onFocus={(e) => e.target.select()} />
        <div className="share-copy-row">
          <button type="button" onClick={() => void copy(code, codeField.current)}>{t.shareCopyCode}</button>
          <p className="share-status" role="status" aria-live="polite" aria-atomic="true">{status}</p>
        </div>
        <p className="share-note">{t.shareExplicit}</p>
      </div>
      <fieldset className="share-options">
        <legend>{t.shareOptions}</legend>
        <label>
          {fill(t.shareHeight, { min: MIN_HEIGHT_PX, max: MAX_HEIGHT_PX })}
          <input type="number" min={MIN_HEIGHT_PX} max={MAX_HEIGHT_PX} step={10} value={heightText} onChange={(e) => setHeightText(e.target.value)} onBlur={() => setHeightText(String(height))} />
        </label>
        <Select label={t.language} value={embedLang} values={UI_LANGUAGES} text={(l) => LANGUAGE_NAMES[l]} onChange={setEmbedLang} />
        <Select label={t.shareControls} value={controls} values={CONTROLS} text={(c) => t[`controls_${c}`]} onChange={setControls} />
        <Select label={t.shareTheme} value={theme} values={THEMES} text={(v) => t[`theme_${v}`]} onChange={setTheme} />
      </fieldset>
      <section className="share-preview" aria-label={t.sharePreview}>
        <h3>{t.sharePreview}</h3>
        <iframe src={url} width="100%" height={height} title={fill(t.sharePreviewFrame, { title })} loading="lazy" />
      </section>
    </dialog>
  );
}

/** A labelled select over a fixed list of string values. */
function Select<V extends string>({ label, value, values, text, onChange }: { label: string; value: V; values: readonly V[]; text: (v: V) => string; onChange: (v: V) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {text(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
