/** citation(dataset, opts): APA 7, BibTeX and CSL-JSON, as exact strings for the fixture dataset. */
import { describe, expect, it } from "vitest";
import { citation, escapeBibtex } from "../../../src/export/cite.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { validParsed } from "./arbitraries.ts";

const dataset = validParsed(validDataset());
const PERMALINK = "https://cronica.example/?from=2024-07&q=50%25#x";
/** Late on 1 September UTC: the access date is the UTC day, whatever the machine's zone. */
const ACCESSED = new Date(Date.UTC(2024, 8, 1, 23, 59));

describe("citation(dataset, { lang: 'en' })", () => {
  const c = citation(dataset, { permalink: PERMALINK, accessed: ACCESSED, lang: "en" });

  it("writes APA 7 for a data set, with version, publisher and retrieval date", () => {
    expect(c.apa).toBe(
      "Cronica contributors. (2024). Fixture timeline (Version 1.0.0) [Data set]. Cronica. Retrieved September 1, 2024, from https://cronica.example/?from=2024-07&q=50%25#x",
    );
  });

  it("writes BibTeX @misc with an escaped \\url, the version and the access date", () => {
    expect(c.bibtex).toBe(
      [
        "@misc{cronica-fixture-1.0.0,",
        "  author = {{Cronica contributors}},",
        "  title = {{Fixture timeline}},",
        "  year = {2024},",
        "  publisher = {Cronica},",
        "  howpublished = {\\url{https://cronica.example/?from=2024-07&q=50\\%25\\#x}},",
        "  note = {Version 1.0.0; accessed 2024-09-01}",
        "}",
      ].join("\n"),
    );
  });

  it("writes CSL-JSON: one dataset item with issued and accessed date parts", () => {
    expect(JSON.parse(c.cslJson)).toEqual([
      {
        id: "cronica-fixture-1.0.0",
        type: "dataset",
        title: "Fixture timeline",
        version: "1.0.0",
        author: [{ literal: "Cronica contributors" }],
        publisher: "Cronica",
        issued: { "date-parts": [[2024, 8, 31]] },
        accessed: { "date-parts": [[2024, 9, 1]] },
        URL: PERMALINK,
        language: "en",
      },
    ]);
  });
});

describe("citation(dataset, { lang: 'es', filtersSummary })", () => {
  const c = citation(dataset, { permalink: PERMALINK, accessed: ACCESSED, lang: "es", filtersSummary: "Protesta & 100% {x}" });

  it("writes APA in Spanish, describing the view", () => {
    expect(c.apa).toBe(
      "Cronica contributors. (2024). Cronología de prueba (Versión 1.0.0) [Conjunto de datos; vista: Protesta & 100% {x}]. Cronica. Recuperado el 1 de septiembre de 2024, de https://cronica.example/?from=2024-07&q=50%25#x",
    );
  });

  it("escapes BibTeX specials in the note", () => {
    expect(c.bibtex).toContain("  note = {Versión 1.0.0; consultado 2024-09-01; vista: Protesta \\& 100\\% \\{x\\}}\n}");
    expect(c.bibtex).toContain("  title = {{Cronología de prueba}},");
  });

  it("notes the view in CSL-JSON", () => {
    expect(JSON.parse(c.cslJson)[0]).toMatchObject({ title: "Cronología de prueba", language: "es", note: "vista: Protesta & 100% {x}" });
  });
});

describe("citation: other datasets", () => {
  it("takes the year from a month-precision `updated`, and gives CSL the parts it has", () => {
    const d = validParsed({ ...validDataset(), updated: "2025-03", version: "v2 (beta)" });
    const c = citation(d, { permalink: "https://x.example/", accessed: ACCESSED, lang: "en" });
    expect(c.apa).toContain("(2025). Fixture timeline (Version v2 (beta)) [Data set].");
    expect(JSON.parse(c.cslJson)[0].issued).toEqual({ "date-parts": [[2025, 3]] });
    expect(c.bibtex.startsWith("@misc{cronica-fixture-v2-beta-,\n")).toBe(true);
  });

  it("escapes braces in a URL by percent-encoding them", () => {
    const c = citation(dataset, { permalink: "https://x.example/{a}\\b", accessed: ACCESSED, lang: "en" });
    expect(c.bibtex).toContain("\\url{https://x.example/\\%7Ba\\%7D\\%5Cb}");
  });
});

describe("escapeBibtex(text)", () => {
  it("escapes { } % & $ # _ ~ ^ and backslash", () => {
    expect(escapeBibtex("{a} 5% & $1 #2 _x ~y ^z \\w")).toBe("\\{a\\} 5\\% \\& \\$1 \\#2 \\_x \\textasciitilde{}y \\textasciicircum{}z \\textbackslash{}w");
  });
});
