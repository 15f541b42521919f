/**
 * A small, valid "cronica/1" dataset for tests. The events are invented (example.org sources, made-up
 * figures); they exercise the format, not the history. `validDataset()` returns a fresh object on
 * every call, so a test may break one field without affecting the next test.
 *
 * Events, in file order (deliberately not sorted by time):
 *   0 `protests-2024-07`      interval 2024-07-29/2024-07-30, protest
 *   1 `election-day`          point 2024-07-28, election
 *   2 `detentions-ongoing`    ongoing 2024-07-29/.., protest, two figures from two reporters
 *   3 `results-announcement`  date-time 2024-07-29T00:10:00-04:00 (04:10 UTC), election, related
 */
import type { Dataset } from "../../src/data/model.ts";
import { parseDataset } from "../../src/data/parseDataset.ts";
import type { DatasetInput } from "../../src/data/schema.ts";

export function validDataset(): DatasetInput {
  return {
    schema: "cronica/1",
    id: "fixture",
    title: { en: "Fixture timeline", es: "Cronología de prueba" },
    description: { en: "Invented events for tests.", es: "Eventos inventados para pruebas." },
    version: "1.0.0",
    updated: "2024-08-31",
    license: "CC-BY-4.0",
    languages: ["en", "es"],
    categories: [
      { id: "election", label: { en: "Election", es: "Elección" }, color: "#123456" },
      { id: "protest", label: { en: "Protest", es: "Protesta" } },
    ],
    events: [
      {
        id: "protests-2024-07",
        date: "2024-07-29/2024-07-30",
        title: { en: "Protests", es: "Protestas" },
        category: "protest",
        sources: [{ title: "Protest report", url: "https://example.org/protests" }],
      },
      {
        id: "election-day",
        date: "2024-07-28",
        title: { en: "Election day", es: "Día de la elección" },
        summary: { en: "Polls open.", es: "Abren los centros de votación." },
        category: "election",
        location: { name: "Caracas", country: "VE", lat: 10.5, lon: -66.9 },
        sources: [{ id: "wire", title: "Wire report", publisher: "Example Wire", url: "https://example.org/election", published: "2024-07-28" }],
        confidence: "confirmed",
      },
      {
        id: "detentions-ongoing",
        date: "2024-07-29/..",
        title: { en: "Detentions", es: "Detenciones" },
        category: "protest",
        figures: [
          { measure: { en: "People detained", es: "Personas detenidas" }, value: 100, reportedBy: "Group A", asOf: "2024-08-10", source: "group-a" },
          { measure: { en: "People detained", es: "Personas detenidas" }, value: 200, low: 150, high: 250, reportedBy: "Group B", source: "group-b" },
        ],
        sources: [
          { id: "group-a", title: "Group A count", url: "https://example.org/a" },
          { id: "group-b", title: "Group B count", url: "http://example.org/b", archived: "https://web.archive.org/web/2024/http://example.org/b" },
        ],
        confidence: "disputed",
      },
      {
        id: "results-announcement",
        date: "2024-07-29T00:10:00-04:00",
        title: { en: "Results announced", es: "Anuncio de resultados" },
        category: "election",
        actors: ["Electoral authority"],
        tags: ["results"],
        sources: [{ title: "Announcement", url: "https://example.org/announcement" }],
        related: ["election-day"],
        confidence: "single-source",
      },
    ],
  };
}

/**
 * validDataset() plus three events with Spanish accents, places written in several ways and mixed
 * confidence: the fixture of the filter, search and facet tests.
 */
export function exploreDataset(): Dataset {
  const input: DatasetInput = validDataset();
  input.events.push(
    {
      id: "marcha-2023",
      date: "2023-05",
      title: "Marcha en Valencia",
      category: "protest",
      actors: ["María González"],
      location: { name: "Valencia" },
      sources: [{ title: "Crónica", url: "https://example.org/marcha" }],
      confidence: "unverified",
    },
    {
      id: "detencion-gonzalez",
      date: "2024-08-02",
      title: { es: "Detención de María González", en: "Arrest of María González" },
      category: "protest",
      actors: ["Policía Nacional Bolivariana", "María González"],
      location: { name: { es: "Maracaibo" }, country: "VE" },
      sources: [{ title: "Nota", publisher: "El Pitazo", url: "https://example.org/pitazo" }],
      confidence: "single-source",
    },
    {
      id: "audit-requests",
      date: "2024-08-05/2024-08-20",
      title: { en: "Audit requests", es: "Solicitudes de auditoría" },
      category: "election",
      actors: ["Electoral authority", "Opposition"],
      location: { name: { es: "Caracas" } },
      sources: [{ title: "Requests", url: "https://example.org/audit" }],
      confidence: "unverified",
    },
  );
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.issues)}`);
  return result.dataset;
}
