/**
 * data/DICTIONARY.md documents the exports in English and Spanish. Its CSV column tables are
 * generated from CSV_COLUMNS (`npx tsx tests/unit/export/dictionaryTable.ts`), so they must match
 * the code exactly; its citation examples must match what `citation` writes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, LIST_SEPARATOR } from "../../../src/export/csv.ts";
import { citation } from "../../../src/export/cite.ts";
import { validParsed } from "./arbitraries.ts";
import { columnTable } from "./dictionaryTable.ts";

const doc = readFileSync(fileURLToPath(new URL("../../../data/DICTIONARY.md", import.meta.url)), "utf8");
const [english = "", spanish = ""] = doc.split("\n# Diccionario de datos de Cronica");

describe("data/DICTIONARY.md", () => {
  it("has an English and a Spanish part", () => {
    expect(english).toContain("# Cronica data dictionary");
    expect(spanish.length).toBeGreaterThan(1000);
  });

  it.each(["en", "es"] as const)("holds the column table generated from CSV_COLUMNS (%s)", (lang) => {
    expect(lang === "en" ? english : spanish).toContain(columnTable(lang));
  });

  it("names every CSV column in both languages", () => {
    for (const c of CSV_COLUMNS) {
      expect(english).toContain(`\`${c.name}\``);
      expect(spanish).toContain(`\`${c.name}\``);
    }
  });

  it("documents the list separator, the formula guard, precision values and the export block", () => {
    for (const part of [english, spanish]) {
      expect(part).toContain(`**\`${LIST_SEPARATOR}\`**`);
      expect(part).toContain("`'=SUM(A1)`");
      expect(part).toContain("`''=x`");
      expect(part).toContain("`year`, `month`, `day`, `minute`");
      for (const field of ["datasetId", "datasetVersion", "sourceSha256", "exportedAt", "scope", "filters", "eventCount", "permalink", "license", "citation"]) {
        expect(part).toContain(`| \`${field}\` |`);
      }
      for (const property of ["id", "date", "category", "title", "url", "confidence"]) expect(part).toContain(`| \`${property}\` |`);
    }
  });

  it("quotes the citation of the bundled dataset as `citation` writes it", () => {
    const file = fileURLToPath(new URL("../../../data/venezuela-2024.json", import.meta.url));
    const dataset = validParsed(JSON.parse(readFileSync(file, "utf8")));
    const accessed = new Date(Date.UTC(2024, 8, 1));
    for (const lang of ["en", "es"] as const) {
      const apa = citation(dataset, { permalink: "https://…", accessed, lang }).apa;
      expect(doc).toContain(apa);
    }
  });
});
