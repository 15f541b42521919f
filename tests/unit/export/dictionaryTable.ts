/**
 * The CSV column table of data/DICTIONARY.md, generated from CSV_COLUMNS, so the documentation
 * cannot drift from the code. Print both tables with:
 * `npx tsx tests/unit/export/dictionaryTable.ts`
 */
import { CSV_COLUMNS } from "../../../src/export/csv.ts";

const HEADINGS = {
  en: "| column | type | values | loads back | description |",
  es: "| columna | tipo | valores | se carga | descripción |",
};

/** "|" must be escaped inside a Markdown table cell, even in code. */
const cell = (text: string) => text.replaceAll("|", "\\|");

export function columnTable(lang: "en" | "es"): string {
  const yes = lang === "en" ? "yes" : "sí";
  const rows = CSV_COLUMNS.map(
    (c) => `| \`${c.name}\` | ${c.type} | ${cell(c.values[lang])} | ${c.loaded ? yes : "no"} | ${cell(c.description[lang])} |`,
  );
  return [HEADINGS[lang], "|---|---|---|---|---|", ...rows].join("\n");
}

if (process.argv[1]?.endsWith("dictionaryTable.ts")) {
  console.log(columnTable("en"));
  console.log();
  console.log(columnTable("es"));
}
