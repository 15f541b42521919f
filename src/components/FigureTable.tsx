import type { FigureInput } from "../data/schema.ts";
import type { LocalizedText } from "../data/schema.ts";
import { fill } from "../i18n/messages.ts";
import type { Messages } from "../i18n/messages.ts";

export interface FigureTableProps {
  figures: readonly FigureInput[];
  text: (v: LocalizedText | undefined) => string;
  /** Formats a number in the UI language. */
  formatNumber: (n: number) => string;
  formatDate: (d: string) => string;
  t: Messages;
}

/** Figures as a table, each with who reported it; disagreeing reporters side by side. */
export function FigureTable({ figures, text, formatNumber, formatDate, t }: FigureTableProps) {
  const groups = new Map<string, FigureInput[]>();
  for (const f of figures) {
    const key = text(f.measure);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const disputed = [...groups.values()].some((g) => new Set(g.map((f) => f.value)).size > 1);
  return (
    <>
      {disputed && <p className="disputed-note">{t.disputedFigures}</p>}
      <table className="figures">
        <thead>
          <tr>
            <th scope="col">{t.measure}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.reportedBy}</th>
          </tr>
        </thead>
        <tbody>
          {[...groups.entries()].map(([measure, group]) =>
            group.map((f, i) => (
              <tr key={`${measure}-${i}`} className={group.length > 1 ? "figure--multi" : undefined}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={group.length}>
                    {measure}
                  </th>
                )}
                <td>
                  {formatNumber(f.value)}
                  {f.unit ? ` ${f.unit}` : ""}
                  {f.low !== undefined && f.high !== undefined && <span className="figure-range"> ({fill(t.range, { low: formatNumber(f.low), high: formatNumber(f.high) })})</span>}
                </td>
                <td>
                  {f.reportedBy}
                  {f.asOf && <span className="figure-asof">, {fill(t.asOf, { date: formatDate(f.asOf) })}</span>}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </>
  );
}
