/**
 * Commands a host page may send to an embed (a public contract, documented in the README):
 * `{type: "cronica:command", command: "select", id}`, `{… command: "setFilters", cat, q, from, to}`,
 * `{… command: "setLanguage", lang}`. Validated here; anything else is ignored.
 */
import * as v from "valibot";
import { parseDayBound } from "../data/dates.ts";
import type { Filters } from "../data/filters.ts";
import { isUiLanguage } from "../i18n/locales.ts";
import type { TimelineStore } from "../state/store.ts";

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/));
/** A year, month or day that exists on the calendar ("2024-02-30" does not). */
const Day = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  v.check((text) => parseDayBound(text) !== null),
);
const startOf = (day: string | null | undefined) => (day ? (parseDayBound(day)?.start ?? null) : null);
const endOf = (day: string | null | undefined) => (day ? (parseDayBound(day)?.end ?? null) : null);
const Base = { type: v.literal("cronica:command"), version: v.optional(v.literal(1)) };

export const CommandSchema = v.variant("command", [
  v.object({ ...Base, command: v.literal("select"), id: v.nullable(Id) }),
  v.pipe(
    v.object({
      ...Base,
      command: v.literal("setFilters"),
      cat: v.optional(v.union([v.pipe(v.array(Id), v.maxLength(100)), v.pipe(v.string(), v.maxLength(2000))])),
      q: v.optional(v.pipe(v.string(), v.maxLength(200))),
      from: v.optional(v.nullable(Day)),
      to: v.optional(v.nullable(Day)),
    }),
    // A range that ends before it starts is a mistake to ignore, not an empty view to show.
    v.check((c) => {
      const from = startOf(c.from);
      const to = endOf(c.to);
      return from === null || to === null || from < to;
    }),
  ),
  v.object({ ...Base, command: v.literal("setLanguage"), lang: v.string() }),
]);

export type Command = v.InferOutput<typeof CommandSchema>;

/** Parses a message's data as a command; `null` for anything that is not a valid one. */
export function parseCommand(data: unknown): Command | null {
  const r = v.safeParse(CommandSchema, data);
  return r.success ? r.output : null;
}

/** Carries out a valid command on the store. Unknown ids and languages are ignored. */
export function applyCommand(store: TimelineStore, cmd: Command): void {
  const s = store.getState();
  switch (cmd.command) {
    case "select":
      s.selectEvent(cmd.id);
      break;
    case "setLanguage":
      if (isUiLanguage(cmd.lang)) s.setLanguage(cmd.lang);
      break;
    case "setFilters": {
      const patch: { -readonly [K in keyof Filters]?: Filters[K] } = {};
      if (cmd.cat !== undefined) {
        const ids = typeof cmd.cat === "string" ? cmd.cat.split(",").filter((x) => x !== "") : cmd.cat;
        patch.categories = s.dataset ? ids.filter((id) => s.dataset!.categoryById.has(id)) : ids;
      }
      if (cmd.q !== undefined) patch.query = cmd.q;
      if (cmd.from !== undefined) patch.from = cmd.from;
      if (cmd.to !== undefined) patch.to = cmd.to;
      s.setFilters(patch);
      break;
    }
  }
}
