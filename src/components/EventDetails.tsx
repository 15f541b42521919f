/** Everything about one event, from props only: what the detail panel shows. */
import { useRef } from "react";
import type { Category, PoliticalEvent } from "../data/model.ts";
import type { LocalizedText } from "../data/schema.ts";
import { textOf } from "../data/text.ts";
import { formatDay, formatEventDate } from "../i18n/formatDate.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import { fill, messages } from "../i18n/messages.ts";
import { FigureTable } from "./FigureTable.tsx";
import { LocalText } from "./LocalText.tsx";
import { SourceList } from "./SourceList.tsx";

export interface EventDetailsProps {
  event: PoliticalEvent;
  category: Category | undefined;
  /** The category's colour as drawn (see useMarkColor); the dataset's own by default. */
  categoryColor?: string;
  /** Related events that exist in the dataset. */
  related: readonly PoliticalEvent[];
  lang: UiLanguage;
  defaultLang: string;
  onSelect: (id: string) => void;
}

export function EventDetails({ event: e, category, categoryColor, related, lang, defaultLang, onSelect }: EventDetailsProps) {
  const t = messages[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  const text = (v: LocalizedText | undefined) => textOf(v, lang, defaultLang);
  const local = (v: LocalizedText | undefined) => <LocalText value={v} lang={lang} defaultLang={defaultLang} />;
  const fmtDate = (d: string) => formatEventDate(d, lang);
  const numberFormat = new Intl.NumberFormat(lang === "es" ? "es" : "en-GB");
  const place = e.location;
  return (
    <article className="event-details" data-event-id={e.id}>
      <p className="event-category">
        <span className="swatch" ref={(el) => el?.style.setProperty("background", categoryColor ?? category?.color ?? "#555")} />
        {local(category?.label)}
        {e.confidence && <span className={`confidence confidence--${e.confidence}`}>{` · ${t[e.confidence]}`}</span>}
      </p>
      <h2 id="event-details-heading" tabIndex={-1} ref={heading}>
        {local(e.title)}
      </h2>
      <p className="event-date">
        <time dateTime={e.date}>{formatEventDate(e.date, lang)}</time>
        {e.time.ongoing && <span className="event-ongoing">{` (${fill(t.ongoingUntil, { date: formatDay(e.time.end - 1, lang) })})`}</span>}
      </p>
      {e.summary !== undefined && <p className="event-summary">{local(e.summary)}</p>}
      <dl className="event-facts">
        {e.actors && e.actors.length > 0 && (
          <>
            <dt>{t.actors}</dt>
            <dd>{e.actors.join(" · ")}</dd>
          </>
        )}
        {place && (
          <>
            <dt>{t.place}</dt>
            <dd>
              {local(place.name)}
              {place.country ? ` (${place.country})` : ""}
            </dd>
          </>
        )}
      </dl>
      {e.figures && e.figures.length > 0 && (
        <section aria-labelledby="event-figures">
          <h3 id="event-figures">{t.figures}</h3>
          <FigureTable figures={e.figures} text={text} formatNumber={(n) => numberFormat.format(n)} formatDate={fmtDate} t={t} />
        </section>
      )}
      <section aria-labelledby="event-sources">
        <h3 id="event-sources">{t.sources}</h3>
        <SourceList sources={e.sources} t={t} formatDate={fmtDate} />
      </section>
      {related.length > 0 && (
        <section aria-labelledby="event-related">
          <h3 id="event-related">{t.related}</h3>
          <ul className="related">
            {related.map((r) => (
              <li key={r.id}>
                <a
                  href={`?event=${encodeURIComponent(r.id)}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    onSelect(r.id);
                    // The link goes away with the old event: keep the focus here, on the new one's title.
                    heading.current?.focus();
                  }}
                >
                  {text(r.title)}
                </a>{" "}
                <span className="related-date">{formatEventDate(r.date, lang, "short")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {e.notes !== undefined && (
        <section aria-labelledby="event-notes">
          <h3 id="event-notes">{t.notes}</h3>
          <p>{local(e.notes)}</p>
        </section>
      )}
    </article>
  );
}
