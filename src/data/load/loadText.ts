/**
 * From a file's text to a ready dataset, in one pure step that runs in a Worker or, where workers
 * cannot start (an opaque-origin frame, a test), on the main thread: import (detect the format,
 * map TimelineJS/ACLED/CSV), then validate and normalize with parseDataset.
 */
import { importText } from "../import/importText.ts";
import type { ImportProgress } from "../import/importText.ts";
import type { ImportFormat, ImportIssue } from "../import/types.ts";
import type { Dataset } from "../model.ts";
import { parseDataset } from "../parseDataset.ts";
import type { ParseOptions } from "../parseDataset.ts";
import type { DatasetInput } from "../schema.ts";

import { MAX_DATA_BYTES } from "./limits.ts";

export { MAX_DATA_BYTES };

export interface LoadOptions {
  maxBytes?: number;
  /** The byte size when known (File.size). */
  byteLength?: number;
  /** A title for formats that have none (ACLED), e.g. the file name. */
  title?: string;
}

export type LoadOutcome =
  | { ok: true; format: ImportFormat | "too-big"; dataset: Dataset; skipped: ImportIssue[]; sha256?: string }
  | {
      ok: false;
      format: ImportFormat | "too-big";
      issues: ImportIssue[];
      /** The valid events only, ready to load if the reader chooses to. */
      partial?: Dataset;
      /** How many events the file holds, when known. */
      total?: number;
      sha256?: string;
    };

function parsed(input: DatasetInput, onProgress?: ImportProgress): Dataset | { issues: ImportIssue[] } {
  const r = parseDataset(input, onProgress ? { onProgress: (done, total) => onProgress({ stage: "checking", done, total }) } : {});
  if (r.ok) return r.dataset;
  return {
    issues: r.issues.map((i) => ({ path: i.path, message: i.message, ...(i.eventIndex === undefined ? {} : { index: i.eventIndex }), ...(i.eventId === undefined ? {} : { id: i.eventId }) })),
  };
}

/**
 * Imports and validates `text`; `onProgress` hears the parsing and checking stages (pure otherwise).
 * `onOrder` hears, for a valid "cronica/1" file, which file event each dataset event came from
 * (`ParseOptions.onOrder`).
 */
export function loadText(text: string, opts: LoadOptions = {}, onProgress?: ImportProgress, onOrder?: ParseOptions["onOrder"]): LoadOutcome {
  const { format, result, eventCount } = importText(
    text,
    {
      maxBytes: opts.maxBytes ?? MAX_DATA_BYTES,
      ...(opts.byteLength === undefined ? {} : { byteLength: opts.byteLength }),
      ...(opts.title === undefined ? {} : { title: opts.title }),
      ...(onOrder === undefined ? {} : { onOrder }),
    },
    onProgress,
  );
  if (result.ok) {
    const d = result.normalized ?? parsed(result.dataset, onProgress);
    if ("issues" in d) return { ok: false, format, issues: d.issues };
    return { ok: true, format, dataset: d, skipped: result.skipped };
  }
  let partial: Dataset | undefined;
  if (result.partial) {
    const d = parsed(result.partial);
    if (!("issues" in d)) partial = d;
  }
  // "Load the 48 valid events of 50" needs the total, which the importer counted for JSON files.
  return { ok: false, format, issues: result.issues, ...(partial ? { partial } : {}), ...(eventCount === undefined ? {} : { total: eventCount }) };
}
