import type { SourceInput } from "../data/schema.ts";
import { safeHref } from "../data/safeUrl.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";

/** Sources as links that open in a new tab; anything that is not http(s) stays plain text. */
export function SourceList({ sources, t, formatDate }: { sources: readonly SourceInput[]; t: Messages; formatDate: (d: string) => string }) {
  return (
    <ol className="sources">
      {sources.map((s, i) => {
        const href = safeHref(s.url);
        const archived = s.archived ? safeHref(s.archived) : null;
        return (
          <li key={i}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span className="visually-hidden"> {t.opensInNewTab}</span>
              </a>
            ) : (
              <span className="source-unlinked">
                {s.title} <code>{s.url}</code> {t.notALink}
              </span>
            )}
            {(s.publisher || s.published) && (
              <span className="source-meta">
                {s.publisher ? ` — ${s.publisher}` : ""}
                {s.published ? `, ${fill(t.published, { date: formatDate(s.published) })}` : ""}
              </span>
            )}
            {archived && (
              <>
                {" · "}
                <a href={archived} target="_blank" rel="noopener noreferrer">
                  {t.archived}
                </a>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
