/**
 * "Download": the events (the filtered view or the whole dataset) as CSV, Excel (es) CSV, JSON or
 * GeoJSON; a picture of the timeline on screen as SVG or PNG; and how to cite the dataset version
 * and the view. The files are made by the pure modules in export/; `saveBlob` is the one side effect.
 */
import { useId, useMemo, useRef, useState } from "react";
import { isEmptyFilters } from "../data/filters.ts";
import type { Filters } from "../data/filters.ts";
import type { Dataset } from "../data/model.ts";
import { textOf } from "../data/text.ts";
import { appBaseUrl, permalink } from "../embed/embedCode.ts";
import { citation } from "../export/cite.ts";
import { eventsToCsv } from "../export/csv.ts";
import { saveBlob } from "../export/download.ts";
import { exportFileName } from "../export/filename.ts";
import { eventsToGeoJson } from "../export/geojson.ts";
import { datasetToJson } from "../export/json.ts";
import { svgToPng } from "../export/png.ts";
import { composeExportSvg } from "../export/svg.ts";
import { formatDay } from "../i18n/formatDate.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import { fill, messages } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";
import { useVisibleEvents } from "../state/selectors.ts";
import { withContrast } from "./contrast.ts";
import { copyText } from "./copyText.ts";
import { serializeTimeline } from "./timelineSnapshot.ts";
import { useModalDialog } from "./useModalDialog.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import type { DataSource } from "../state/store.ts";

type Scope = "filtered" | "all";
/** The exported picture's white page and light lanes. */
const LIGHT_BACKGROUNDS = ["#ffffff", "#fafbfc", "#f1f3f6"];
const CITE_FORMATS = [
  ["apa", "APA 7"],
  ["bibtex", "BibTeX"],
  ["cslJson", "CSL-JSON"],
] as const;
type CiteFormat = (typeof CITE_FORMATS)[number][0];

const CONFIDENCE_LABEL = { confirmed: "confirmedShort", "single-source": "singleSourceShort", disputed: "disputedShort", unverified: "unverifiedShort" } as const;

/** A short description of the active filters ("Protest; search “x”; from 2024-08"); "" when none. */
export function filtersSummary(dataset: Dataset, filters: Filters, lang: UiLanguage): string {
  const t = messages[lang];
  const defaultLang = dataset.languages[0] ?? lang;
  const parts: string[] = [];
  if (filters.categories.length > 0) parts.push(filters.categories.map((id) => textOf(dataset.categoryById.get(id)?.label, lang, defaultLang) || id).join(", "));
  if (filters.actors.length > 0) parts.push(filters.actors.join(", "));
  if (filters.places.length > 0) parts.push(filters.places.join(", "));
  if (filters.confidence.length > 0) parts.push(filters.confidence.map((c) => t[CONFIDENCE_LABEL[c]]).join(", "));
  if (filters.query.trim() !== "") parts.push(fill(t.downloadQuery, { query: filters.query.trim() }));
  if (filters.from !== null && filters.to !== null) parts.push(`${filters.from} – ${filters.to}`);
  else if (filters.from !== null) parts.push(fill(t.downloadSince, { date: filters.from }));
  else if (filters.to !== null) parts.push(fill(t.downloadUntil, { date: filters.to }));
  return parts.join("; ");
}

/**
 * The permalink of the view, with the `data` address when the data came from the web (as the Share
 * dialog writes it), else the current address's `data` parameter if it has one.
 */
function viewLink(view: Parameters<typeof permalink>[1], source: DataSource): string {
  const dataUrl = source.kind === "url" ? source.url : new URLSearchParams(window.location.search).get("data");
  return permalink(appBaseUrl(window.location.href), view, dataUrl);
}

/** "Data: title, version, licence. Made with Cronica." plus where the data was loaded from. */
function sourceLine(dataset: Dataset, source: DataSource, lang: UiLanguage, t: Messages): string {
  const line = fill(t.downloadSourceLine, { title: textOf(dataset.title, lang, dataset.languages[0] ?? lang), version: dataset.version, license: dataset.license });
  if (source.kind === "file") return `${line} ${fill(t.downloadLoadedFrom, { source: source.name })}`;
  if (source.kind === "url") return `${line} ${fill(t.downloadLoadedFrom, { source: source.url })}`;
  return line;
}

/** The modal itself, mounted only while open. */
export function DownloadDialog({ onClose }: { onClose: () => void }) {
  const dataset = useTimeline((s) => s.dataset);
  const source = useTimeline((s) => s.dataSource);
  const view = { lang: useTimeline((s) => s.lang), selectedId: useTimeline((s) => s.selectedId), filters: useTimeline((s) => s.filters) };
  const domain = useTimeline((s) => s.domain);
  const visible = useVisibleEvents();
  const { lang, filters } = view;
  const t = messages[lang];
  const id = useId();
  const citeField = useRef<HTMLTextAreaElement>(null);
  const [scope, setScope] = useState<Scope>("filtered");
  const [status, setStatus] = useState("");
  const [copyStatus, setCopyStatus] = useState("");
  const [citeFormat, setCiteFormat] = useState<CiteFormat>("apa");
  const [accessed] = useState(() => new Date());
  const hasTimeline = typeof document !== "undefined" && document.querySelector(".timeline-svg") !== null;

  // Start on the scope choice, the first thing to decide (and Escape then reaches the dialog).
  const { close, dialogProps } = useModalDialog(onClose, () => document.querySelector<HTMLElement>(".download-dialog input[type=radio]:checked"));

  const link = viewLink(view, source);
  const summary = dataset ? filtersSummary(dataset, filters, lang) : "";
  const scopedSummary = scope === "filtered" && summary !== "" ? summary : undefined;
  const cite = useMemo(
    () => (dataset ? citation(dataset, { permalink: link, accessed, lang, ...(scopedSummary === undefined ? {} : { filtersSummary: scopedSummary }) }) : null),
    [dataset, link, accessed, lang, scopedSummary],
  );



  if (!dataset || !cite) return null;
  const events = scope === "all" ? dataset.events : visible;
  const dataRange = scope === "all" ? dataset.extent : filters.from !== null || filters.to !== null ? { from: filters.from, to: filters.to } : (domain ?? dataset.extent);
  const fileName = (ext: string) => exportFileName(dataset.id, dataRange, scope, ext);
  const save = (text: string, type: string, name: string, message = fill(t.downloadSaved, { name })) => {
    saveBlob(new Blob([text], { type }), name);
    setStatus(message);
  };

  const saveCsv = (variant: "standard" | "excel-es") => save(eventsToCsv(events, dataset, { variant }), "text/csv;charset=utf-8", fileName("csv"));
  const saveJson = () => {
    const info = { sourceSha256: (source as { sha256?: string }).sha256 ?? "", exportedAt: new Date(), scope, filters, permalink: link, lang, ...(scopedSummary === undefined ? {} : { filtersSummary: scopedSummary }) };
    save(datasetToJson(dataset, events, info), "application/json", fileName("json"));
  };
  const saveGeoJson = () => {
    const geo = eventsToGeoJson(events, dataset, lang);
    save(geo.json, "application/geo+json", fileName("geojson"), fill(t.downloadGeoStatus, { included: geo.included, omitted: geo.omitted }));
  };

  /** The picture of the timeline on screen, or null when there is none. */
  const pictureSvg = (): string | null => {
    const timeline = serializeTimeline();
    if (!timeline) return null;
    const shown = domain ?? dataset.extent;
    const defaultLang = dataset.languages[0] ?? lang;
    const lanes = filters.categories.length === 0 ? dataset.categories : dataset.categories.filter((c) => filters.categories.includes(c.id));
    const now = new Date();
    return composeExportSvg({
      timelineSvg: timeline.svg,
      width: timeline.width,
      height: timeline.height,
      title: textOf(dataset.title, lang, defaultLang),
      subtitle: fill(t.downloadSubtitle, { from: formatDay(shown[0], lang), to: formatDay(shown[1], lang), filters: summary ? fill(t.downloadFilters, { filters: summary }) : t.downloadNoFilters }),
      // The same contrast-adjusted colours as the light timeline the picture copies.
      legend: lanes.map((c) => ({ label: textOf(c.label, lang, defaultLang), color: withContrast(c.color, LIGHT_BACKGROUNDS), shape: c.shape })),
      sourceLine: sourceLine(dataset, source, lang, t),
      exportedLine: fill(t.downloadExportedOn, { date: `${formatDay(now.getTime(), lang)}, ${now.toISOString().slice(11, 16)} UTC` }),
      permalink: link,
    });
  };
  const pictureName = (ext: string) => exportFileName(dataset.id, domain ?? dataset.extent, isEmptyFilters(filters) ? "all" : "filtered", ext);
  const saveSvg = () => {
    const svg = pictureSvg();
    if (svg === null) setStatus(t.downloadNoTimeline);
    else save(svg, "image/svg+xml", pictureName("svg"));
  };
  const savePng = async (scale: 2 | 3) => {
    const svg = pictureSvg();
    if (svg === null) return setStatus(t.downloadNoTimeline);
    setStatus(t.downloadMaking);
    try {
      const name = pictureName("png");
      saveBlob(await svgToPng(svg, scale), name);
      setStatus(fill(t.downloadSaved, { name }));
    } catch (err) {
      setStatus(fill(t.downloadFailed, { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  const citeText = cite[citeFormat];
  const copy = async () => setCopyStatus((await copyText(citeText, citeField.current)) ? t.shareCopied : t.shareCopyFailed);

  return (
    <dialog {...dialogProps} className="share-dialog download-dialog" aria-labelledby={`${id}-title`}>
      <div className="share-head">
        <h2 id={`${id}-title`}>{t.downloadTitle}</h2>
        <button type="button" className="share-close" onClick={close} aria-label={t.shareClose} title={t.shareClose}>
          ×
        </button>
      </div>
      <fieldset className="share-kind">
        <legend>{t.downloadScope}</legend>
        <label className="share-radio">
          <input type="radio" name={`${id}-scope`} checked={scope === "filtered"} onChange={() => setScope("filtered")} /> {fill(t.downloadScopeFiltered, { count: visible.length.toLocaleString(lang) })}
        </label>
        <label className="share-radio">
          <input type="radio" name={`${id}-scope`} checked={scope === "all"} onChange={() => setScope("all")} /> {fill(t.downloadScopeAll, { count: dataset.events.length.toLocaleString(lang) })}
        </label>
      </fieldset>
      <fieldset className="share-options">
        <legend>{t.downloadData}</legend>
        <button type="button" onClick={() => saveCsv("standard")}>CSV</button>
        <button type="button" title={t.downloadExcelEsHelp} onClick={() => saveCsv("excel-es")}>{t.downloadExcelEs}</button>
        <button type="button" onClick={saveJson}>JSON</button>
        <button type="button" onClick={saveGeoJson}>GeoJSON</button>
      </fieldset>
      <p className="share-note">{t.downloadDataNote}</p>
      <fieldset className="share-options">
        <legend>{t.downloadPicture}</legend>
        <button type="button" disabled={!hasTimeline} onClick={saveSvg}>SVG</button>
        <button type="button" disabled={!hasTimeline} onClick={() => void savePng(2)}>PNG 2×</button>
        <button type="button" disabled={!hasTimeline} onClick={() => void savePng(3)}>PNG 3×</button>
      </fieldset>
      <p className="share-note">{hasTimeline ? t.downloadPictureNote : t.downloadNoTimeline}</p>
      <p className="share-status" role="status" aria-live="polite" aria-atomic="true">{status}</p>
      <fieldset className="share-kind">
        <legend>{t.downloadCite}</legend>
        <div className="share-field">
          <div className="share-copy-row">
            <label htmlFor={`${id}-format`}>{t.downloadCiteFormat}</label>
            <select id={`${id}-format`} value={citeFormat} onChange={(e) => setCiteFormat(CITE_FORMATS.find(([f]) => f === e.target.value)?.[0] ?? "apa")}>
              {CITE_FORMATS.map(([f, name]) => (
                <option key={f} value={f}>{name}</option>
              ))}
            </select>
          </div>
          <label htmlFor={`${id}-citation`}>{t.downloadCitation}</label>
          <textarea ref={citeField} id={`${id}-citation`} className="share-code" readOnly rows={citeFormat === "apa" ? 4 : 10} value={citeText} onFocus={(e) => e.target.select()} />
          <div className="share-copy-row">
            <button type="button" onClick={() => void copy()}>{t.downloadCopyCitation}</button>
            <p className="share-status" role="status" aria-live="polite" aria-atomic="true">{copyStatus}</p>
          </div>
        </div>
        <p className="share-note">{t.downloadCiteNote}</p>
      </fieldset>
    </dialog>
  );
}
