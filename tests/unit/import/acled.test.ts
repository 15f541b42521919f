/**
 * importAcledCsv(rows) maps ACLED export rows (header first) to cronica/1 events: ACLED's two date
 * styles and its time precision, event types as categories, fatalities as ACLED's figure, source
 * names kept. Bad rows are reported by row number (the header is row 1), id and column.
 */
import { describe, expect, it } from "vitest";
import { importAcledCsv, parseAcledDate } from "../../../src/data/import/acled.ts";
import { parseCsv } from "../../../src/export/csvFormat.ts";
import type { EventInput } from "../../../src/data/schema.ts";
import { accepted, failure, fixture, okDataset } from "./helpers.ts";

function fixtureRows(): string[][] {
  const parsed = parseCsv(fixture("acled-venezuela.csv"));
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.rows;
}
/** The fixture without its two bad rows (file rows 6 and 7). */
const cleanRows = () => fixtureRows().filter((_, i) => i !== 5 && i !== 6);
const HEADER = fixtureRows()[0] ?? [];
/** A one-row export with the given cells (by column name); the rest empty. */
function rowsWith(...rows: Record<string, string>[]): string[][] {
  return [HEADER, ...rows.map((cells) => HEADER.map((name) => cells[name] ?? ""))];
}
const eventOf = (id: string): EventInput => {
  const e = okDataset(importAcledCsv(cleanRows())).events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe("importAcledCsv: the fixture", () => {
  it("importAcledCsv(fixture) reports the bad date and the bad latitude by row, id and column", () => {
    const { issues } = failure(importAcledCsv(fixtureRows()));
    expect(issues).toEqual([
      {
        row: 6,
        id: "VEN9005",
        path: "event_date",
        message: '"31 June 2024" is not a date: ACLED dates look like 2024-07-28 or 28 July 2024',
        code: "acledBadDate",
        params: { found: "31 June 2024" },
      },
      { row: 7, id: "VEN9006", path: "latitude", message: '"95.2" is not a latitude from -90 to 90', code: "acledBadLatitude", params: { found: "95.2" } },
    ]);
  });

  it("importAcledCsv(fixture).partial holds the six valid rows and passes parseDataset", () => {
    const dataset = accepted(failure(importAcledCsv(fixtureRows())).partial);
    expect(dataset.events.map((e) => e.id).sort()).toEqual(["VEN9001", "VEN9002", "VEN9003", "VEN9004", "VEN9007", "VEN9008"]);
  });

  it("importAcledCsv(valid rows) is ok and passes parseDataset", () => {
    const d = okDataset(importAcledCsv(cleanRows()));
    accepted(d);
    expect(d.title).toBe("ACLED events: Venezuela");
    expect(d.languages).toEqual(["en"]);
    expect(okDataset(importAcledCsv(cleanRows(), { title: "Mine" })).title).toBe("Mine");
  });

  it("event types become categories in ACLED's codebook order, labelled as ACLED writes them", () => {
    expect(okDataset(importAcledCsv(cleanRows())).categories).toEqual([
      { id: "violence-against-civilians", label: "Violence against civilians" },
      { id: "protests", label: "Protests" },
      { id: "riots", label: "Riots" },
      { id: "strategic-developments", label: "Strategic developments" },
    ]);
  });
});

describe("importAcledCsv: one event", () => {
  it("maps title, summary, tags, actors (split on ;, unique) and place with country and coordinates", () => {
    expect(eventOf("VEN9002")).toMatchObject({
      title: "Mob violence in Maracay",
      category: "riots",
      summary: "On 29 July 2024, rioters clashed with police; two people were killed. [invented row]",
      tags: ["Mob violence"],
      actors: ["Rioters (Venezuela)", "Police Forces of Venezuela (2013-)", "National Guard"],
      location: { name: "Maracay, Aragua", country: "VE", lat: 10.2469, lon: -67.5958 },
    });
  });

  it("fatalities become a figure reported by ACLED, dated by the row's timestamp; zero gives none", () => {
    expect(eventOf("VEN9002").figures).toEqual([
      { measure: { en: "Reported fatalities", es: "Muertes reportadas" }, value: 2, unit: "people", reportedBy: "ACLED", source: "acled", asOf: "2024-08-07" },
    ]);
    expect(eventOf("VEN9001").figures).toBeUndefined();
  });

  it("the source keeps ACLED's source names and links ACLED's site", () => {
    expect(eventOf("VEN9001").sources).toEqual([
      { id: "acled", title: "ACLED event VEN9001: El Pitazo; Efecto Cocuyo", publisher: "ACLED (Armed Conflict Location & Event Data)", url: "https://acleddata.com/" },
    ]);
  });

  it("time_precision 1 → the day, 2 → the day marked ~, 3 → the month", () => {
    expect(eventOf("VEN9001").date).toBe("2024-07-28");
    expect(eventOf("VEN9003").date).toBe("2024-07-30~");
    expect(eventOf("VEN9004").date).toBe("2024-08");
  });

  it('"29 July 2024" and "02 August 2024" read as days', () => {
    expect(eventOf("VEN9002").date).toBe("2024-07-29");
    expect(eventOf("VEN9007").date).toBe("2024-08-02");
  });
});

describe("parseAcledDate", () => {
  it("parseAcledDate reads YYYY-MM-DD and 'D Month YYYY' (also abbreviated, with dashes)", () => {
    expect(parseAcledDate("2024-07-28")).toBe("2024-07-28");
    expect(parseAcledDate("2024-7-8")).toBe("2024-07-08");
    expect(parseAcledDate("28 July 2024")).toBe("2024-07-28");
    expect(parseAcledDate("8 jul 2024")).toBe("2024-07-08");
    expect(parseAcledDate("28-Jul-2024")).toBe("2024-07-28");
    expect(parseAcledDate("1 Sept 2024")).toBe("2024-09-01");
  });

  it("parseAcledDate rejects impossible days and other forms", () => {
    for (const text of ["31 June 2024", "2023-02-29", "July 28 2024", "28/07/2024", "28 Juli 2024", "", "2024"]) expect(parseAcledDate(text)).toBeNull();
  });
});

describe("importAcledCsv: problems", () => {
  it("an export without an event_date column is refused at row 1", () => {
    expect(failure(importAcledCsv([["event_id_cnty", "notes"], ["X1", "n"]])).issues).toEqual([
      { row: 1, path: "event_date", message: "The CSV has no event_date column", code: "acledNoDateColumn" },
    ]);
    expect(failure(importAcledCsv([])).issues[0]?.message).toBe("The CSV has no header row");
  });

  it("an empty event_date, a bad longitude and bad fatalities are each reported at their column", () => {
    const { issues } = failure(importAcledCsv(rowsWith({ event_id_cnty: "A1" }, { event_id_cnty: "A2", event_date: "2024-07-28", longitude: "-200", fatalities: "many" })));
    expect(issues.map((i) => [i.row, i.id, i.path, i.message])).toEqual([
      [2, "A1", "event_date", "event_date is empty"],
      [3, "A2", "longitude", '"-200" is not a longitude from -180 to 180'],
      [3, "A2", "fatalities", '"many" is not a whole number of fatalities'],
    ]);
  });

  it("a repeated event_id_cnty is reported with the row that used it first", () => {
    const { issues, partial } = failure(importAcledCsv(rowsWith({ event_id_cnty: "A1", event_date: "2024-07-28" }, { event_id_cnty: "A1", event_date: "2024-07-29" })));
    expect(issues.map((i) => [i.row, i.path, i.message])).toEqual([[3, "event_id_cnty", 'the event id "A1" is already used in row 2']]);
    expect(accepted(partial).events.map((e) => e.date)).toEqual(["2024-07-28"]);
  });

  it("rows without ids get row-based ids; blank rows are skipped; a header alone has no events", () => {
    const d = okDataset(importAcledCsv([["EVENT_DATE", "Event_Type"], ["2024-07-28", "Protests"], ["", ""], ["28 July 2024", ""]]));
    expect(d.events.map((e) => [e.id, e.title, e.category])).toEqual([
      ["acled-row-2", "Protests", "protests"],
      ["acled-row-4", "ACLED event row 4", "unspecified"],
    ]);
    accepted(d);
    expect(failure(importAcledCsv([["event_date"]])).issues[0]?.message).toBe("The file has no events");
  });

  it("a country outside the table keeps its name but gets no code; coordinates need both latitude and longitude", () => {
    const d = okDataset(importAcledCsv(rowsWith({ event_date: "2024-07-28", iso: "999", country: "Atlantis", location: "Port", latitude: "1.5" })));
    expect(d.events[0]?.location).toEqual({ name: "Port" });
  });
});
