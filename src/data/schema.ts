/**
 * The dataset format, version 1 ("cronica/1"): a public contract. This file is the single source of
 * both the runtime validator and the published JSON Schema (`public/cronica-1.schema.json`, written
 * by `npm run schema`). Checks that JSON Schema cannot express (real calendar dates, intervals that
 * end after they start, unique ids, known categories, `related` targets) run in `parseDataset`.
 */
import * as v from "valibot";

export const SCHEMA_ID = "cronica/1";

/** The patterns, exported for the hand-written twin of this schema (`schemaFastPath.ts`). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** The EDTF subset of `dates.ts`, as a pattern; `parseEdtf` does the calendar checks. */
const EDTF_BOUND = String.raw`\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?[~?%]?`;
export const EDTF = new RegExp(`^${EDTF_BOUND}(/(${EDTF_BOUND}|\\.\\.))?$`);
export const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
export const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s]+$/;

export const COLOR = /^#[0-9A-Fa-f]{6}$/;
export const COUNTRY = /^[A-Z]{2}$/;
export const NOT_BLANK = /\S/;

const nonEmpty = (what: string) => v.pipe(v.string(`${what} must be text`), v.regex(NOT_BLANK, `${what} is empty`));

/** A string, or a map from language code to string: `{"en": "…", "es": "…"}`. */
export const LocalizedTextSchema = v.pipe(
  v.union(
    [
      v.pipe(v.string(), v.minLength(1, "the text is empty")),
      v.pipe(
        v.record(v.pipe(v.string(), v.regex(LANGUAGE_CODE, "is not a language code")), v.string()),
        v.minEntries(1, "gives no language"),
      ),
    ],
    "must be text, or a map from language code to text",
  ),
  v.description('Text, or a map from language code to text: {"en": "…", "es": "…"}'),
);

const IdSchema = v.pipe(
  v.string("must be text"),
  v.regex(ID, "must be a slug of letters, digits, '.', '_' or '-' (at most 200 characters)"),
);
const EdtfSchema = v.pipe(
  v.string("must be a date string"),
  v.regex(EDTF, "must be YYYY, YYYY-MM, YYYY-MM-DD or a date-time with offset, optionally with ~, ? or %, or an interval A/B or A/.."),
  v.description("EDTF subset: YYYY, YYYY-MM, YYYY-MM-DD or date-time with offset; ~ approximate, ? uncertain, % both; A/B interval, A/.. ongoing"),
);
const DaySchema = v.pipe(v.string("must be a date string"), v.regex(DAY, "must be YYYY, YYYY-MM or YYYY-MM-DD"));
const UrlSchema = v.pipe(v.string("must be text"), v.regex(HTTP_URL, "must be an http:// or https:// URL"));
const finite = (what: string) => v.pipe(v.number(`${what} must be a number`), v.finite(`${what} must be a finite number`));

export const CategorySchema = v.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  color: v.optional(v.pipe(v.string(), v.regex(COLOR, "must be a #rrggbb colour"))),
  description: v.optional(LocalizedTextSchema),
});

export const LocationSchema = v.object({
  name: LocalizedTextSchema,
  country: v.optional(v.pipe(v.string(), v.regex(COUNTRY, "must be an ISO 3166-1 alpha-2 code such as VE"))),
  lat: v.optional(v.pipe(finite("latitude"), v.minValue(-90, "latitude must be ≥ -90"), v.maxValue(90, "latitude must be ≤ 90"))),
  lon: v.optional(v.pipe(finite("longitude"), v.minValue(-180, "longitude must be ≥ -180"), v.maxValue(180, "longitude must be ≤ 180"))),
});

export const FigureSchema = v.object({
  /** What is counted ("People detained"). */
  measure: LocalizedTextSchema,
  value: finite("value"),
  low: v.optional(finite("low")),
  high: v.optional(finite("high")),
  unit: v.optional(v.string()),
  /** Who reported the figure: a figure without a reporter is not accepted. */
  reportedBy: nonEmpty("reportedBy"),
  asOf: v.optional(DaySchema),
  /** The `id` of one of the event's sources. */
  source: v.optional(IdSchema),
});

export const SourceSchema = v.object({
  id: v.optional(IdSchema),
  title: nonEmpty("title"),
  publisher: v.optional(v.string()),
  url: UrlSchema,
  published: v.optional(DaySchema),
  accessed: v.optional(DaySchema),
  archived: v.optional(UrlSchema),
});

export const CONFIDENCE = ["confirmed", "single-source", "disputed", "unverified"] as const;

export const EventSchema = v.object({
  id: IdSchema,
  date: EdtfSchema,
  title: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  category: IdSchema,
  tags: v.optional(v.array(v.string())),
  actors: v.optional(v.array(nonEmpty("an actor"))),
  location: v.optional(LocationSchema),
  figures: v.optional(v.array(FigureSchema)),
  sources: v.pipe(v.array(SourceSchema, "must be a list of sources"), v.minLength(1, "needs at least one source")),
  related: v.optional(v.array(IdSchema)),
  confidence: v.optional(v.picklist(CONFIDENCE, `must be one of ${CONFIDENCE.join(", ")}`)),
  notes: v.optional(LocalizedTextSchema),
});

export const DatasetSchema = v.object({
  schema: v.literal(SCHEMA_ID, `must be "${SCHEMA_ID}"`),
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  version: nonEmpty("version"),
  updated: DaySchema,
  license: nonEmpty("license"),
  languages: v.pipe(
    v.array(v.pipe(v.string(), v.regex(LANGUAGE_CODE, "is not a language code"))),
    v.minLength(1, "needs at least one language; the first is the default"),
  ),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1, "needs at least one category")),
  events: v.array(EventSchema, "must be a list of events"),
  notes: v.optional(LocalizedTextSchema),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type CategoryInput = v.InferOutput<typeof CategorySchema>;
export type FigureInput = v.InferOutput<typeof FigureSchema>;
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type LocationInput = v.InferOutput<typeof LocationSchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type DatasetInput = v.InferOutput<typeof DatasetSchema>;
export type Confidence = (typeof CONFIDENCE)[number];
