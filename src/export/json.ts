/**
 * The events as a cronica/1 dataset file, plus an `export` block saying where they came from
 * (dataset version and the SHA-256 of the loaded bytes), which view they are, and how to cite
 * them. `parseDataset` ignores the block, so the file loads back as a dataset with the same events,
 * field for field. Pure: the export time is passed in.
 */
import type { Filters } from "../data/filters.ts";
import { FALLBACK_COLORS } from "../data/model.ts";
import type { Category, Dataset, PoliticalEvent } from "../data/model.ts";
import type { CategoryInput, EventInput } from "../data/schema.ts";
import { citation } from "./cite.ts";

/** What the `export` block records, besides what the dataset itself says. */
export interface ExportInfo {
  /** Lower-case hex SHA-256 of the dataset file's bytes as loaded (see `sha256Hex`). */
  sourceSha256: string;
  /** When the export is made. */
  exportedAt: Date;
  /** "filtered": the view's events; "all": the whole dataset, filters not applied. */
  scope: "filtered" | "all";
  /** The view's filters (written as null when `scope` is "all"). */
  filters: Filters;
  /** A link that reopens the view. */
  permalink: string;
  /** Language of the citation. */
  lang: "en" | "es";
  /** A short description of the filters, for the citation. */
  filtersSummary?: string;
}

/**
 * A category as the file had it: without the computed `shape` and `index`, and without a `color`
 * equal to the palette colour its position would get anyway (the file either gave that colour or
 * none; both load back as the same colour).
 */
function categoryInput(c: Category): CategoryInput {
  const { shape: _shape, index, color, ...rest } = c;
  const fallback = FALLBACK_COLORS[index % FALLBACK_COLORS.length];
  return color === fallback ? rest : { ...rest, color };
}

/** The event as written in the file; `related` keeps only ids in `exported`. */
function eventInput(e: PoliticalEvent, exported: ReadonlySet<string>, dropped: Record<string, string[]>): EventInput {
  const { time: _time, ...rest } = e;
  if (rest.related === undefined) return rest;
  const outside = rest.related.filter((r) => !exported.has(r));
  if (outside.length === 0) return rest;
  dropped[e.id] = outside;
  const { related, ...withoutRelated } = rest;
  const kept = related.filter((r) => exported.has(r));
  return kept.length === 0 ? withoutRelated : { ...withoutRelated, related: kept };
}

/**
 * The export as pretty-printed JSON (2 spaces). Links (`related`) to events left out of a filtered
 * export are removed so the file still loads; `export.relatedOutsideExport` lists them per event.
 */
export function datasetToJson(dataset: Dataset, events: readonly PoliticalEvent[], info: ExportInfo): string {
  const exported = new Set(events.map((e) => e.id));
  const dropped: Record<string, string[]> = {};
  const out = {
    schema: dataset.schema,
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    version: dataset.version,
    updated: dataset.updated,
    license: dataset.license,
    languages: dataset.languages,
    ...(dataset.notes === undefined ? {} : { notes: dataset.notes }),
    categories: dataset.categories.map(categoryInput),
    events: events.map((e) => eventInput(e, exported, dropped)),
    export: {
      datasetId: dataset.id,
      datasetVersion: dataset.version,
      sourceSha256: info.sourceSha256,
      exportedAt: info.exportedAt.toISOString(),
      scope: info.scope,
      filters: info.scope === "all" ? null : info.filters,
      eventCount: events.length,
      permalink: info.permalink,
      license: dataset.license,
      citation: citation(dataset, {
        permalink: info.permalink,
        accessed: info.exportedAt,
        lang: info.lang,
        ...(info.filtersSummary === undefined ? {} : { filtersSummary: info.filtersSummary }),
      }).apa,
      relatedOutsideExport: dropped,
    },
  };
  return JSON.stringify(out, null, 2);
}
