/**
 * Writes `public/cronica-1.schema.json` from the same valibot schema the app validates with, so the
 * published contract is never written twice. Run by `npm run schema` (and so by `npm run build`).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toJsonSchema } from "@valibot/to-json-schema";
import { CategorySchema, DatasetSchema, EventSchema, FigureSchema, LocalizedTextSchema, LocationSchema, SourceSchema } from "../../src/data/schema.ts";

export function buildJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, {
    target: "draft-2020-12",
    // Custom checks (real calendar dates, unique ids…) are not expressible; parseDataset runs them.
    errorMode: "ignore",
    definitions: {
      LocalizedText: LocalizedTextSchema,
      Category: CategorySchema,
      Location: LocationSchema,
      Figure: FigureSchema,
      Source: SourceSchema,
      Event: EventSchema,
    },
  });
  return {
    ...schema,
    $id: "https://cronica.invalid/cronica-1.schema.json",
    title: "Cronica dataset, version 1 (cronica/1)",
    description:
      "Political-event timeline dataset. Beyond this schema, a valid dataset has real calendar dates, intervals that end after they start, unique event ids, categories that exist, and related ids that exist. See data/README.md.",
  };
}

const out = fileURLToPath(new URL("../../public/cronica-1.schema.json", import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(out, JSON.stringify(buildJsonSchema(), null, 2) + "\n");
  console.log(`wrote ${out}`);
}
