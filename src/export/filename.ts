/**
 * Export file names: `<dataset id>_<from>_<to>_<filtered|all>.<ext>`, e.g.
 * `venezuela-2024_2024-08-01_2024-12-31_filtered.csv`. Only [A-Za-z0-9._-] survive, so the name is
 * safe on every file system and in a Content-Disposition header.
 */

/** The longest name returned, extension included. */
export const MAX_FILE_NAME = 120;

/** A date range as the filters write it ("YYYY", "YYYY-MM" or "YYYY-MM-DD"; null = open). */
export interface FileNameRange {
  from: string | null;
  to: string | null;
}

/** A visible time window, [start, end) in UTC ms. */
export type FileNameDomain = readonly [number, number];

function clean(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[._-]+|[._-]+$/g, "");
}

/** 0000-01-01T00:00Z (`Date.UTC` reads years 0–99 as 1900–1999). */
const YEAR_0 = -62_167_219_200_000;

/** The UTC day of an instant, clamped to four-digit years; "" when not a number. */
function utcDay(ms: number): string {
  if (!Number.isFinite(ms)) return "";
  const clamped = Math.min(Math.max(ms, YEAR_0), Date.UTC(9999, 11, 31));
  return new Date(clamped).toISOString().slice(0, 10);
}

function rangePart(range: FileNameRange | FileNameDomain): string {
  let from: string | null;
  let to: string | null;
  if (Array.isArray(range)) {
    const [start, end] = range as FileNameDomain;
    from = utcDay(start) || null;
    // The domain's end is exclusive: a window ending at midnight names the day before.
    to = utcDay(end > start ? end - 1 : end) || null;
  } else {
    ({ from, to } = range as FileNameRange);
  }
  // Filter bounds are at most "YYYY-MM-DD"; anything longer is not a date and is cut.
  const f = from === null ? "" : clean(from.slice(0, 10));
  const t = to === null ? "" : clean(to.slice(0, 10));
  if (f && t) return `${f}_${t}`;
  if (f) return `since-${f}`;
  if (t) return `until-${t}`;
  return "";
}

/**
 * The file name for an export. `range` is the filters' from/to, or the visible domain; open ends
 * give `since-…`/`until-…`, no dates at all gives no date part. Capped at MAX_FILE_NAME characters
 * by shortening the dataset id.
 */
export function exportFileName(
  datasetId: string,
  range: FileNameRange | FileNameDomain,
  scope: "filtered" | "all",
  ext: string,
): string {
  const extension = ext.replace(/^\.+/, "").replace(/[^A-Za-z0-9]+/g, "").slice(0, 10) || "txt";
  const tail = [rangePart(range), scope].filter((p) => p !== "").join("_");
  const room = MAX_FILE_NAME - tail.length - extension.length - 2;
  const id = clean(datasetId).slice(0, Math.max(room, 1)).replace(/[._-]+$/, "") || "cronica";
  return `${id}_${tail}.${extension}`.slice(0, MAX_FILE_NAME);
}
