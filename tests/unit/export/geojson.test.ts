/** eventsToGeoJson(events, dataset, lang): Points for events with coordinates, and a count of the rest. */
import { describe, expect, it } from "vitest";
import { eventsToGeoJson } from "../../../src/export/geojson.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";
import { validParsed } from "./arbitraries.ts";

describe("eventsToGeoJson(events, dataset, lang)", () => {
  const dataset = validParsed(validDataset());

  it("includes the one fixture event with coordinates and counts the three without", () => {
    const out = eventsToGeoJson(dataset.events, dataset, "en");
    expect(out).toMatchObject({ included: 1, omitted: 3 });
    expect(JSON.parse(out.json)).toEqual({
      type: "FeatureCollection",
      cronica: { datasetId: "fixture", datasetVersion: "1.0.0", omitted: 3 },
      features: [
        {
          type: "Feature",
          id: "election-day",
          geometry: { type: "Point", coordinates: [-66.9, 10.5] },
          properties: { id: "election-day", date: "2024-07-28", category: "election", title: "Election day", url: "https://example.org/election", confidence: "confirmed" },
        },
      ],
    });
  });

  it("writes titles in the language asked for", () => {
    const feature = JSON.parse(eventsToGeoJson(dataset.events, dataset, "es").json).features[0];
    expect(feature.properties.title).toBe("Día de la elección");
  });

  it("needs both coordinates: a location with only lat, or only a name, is omitted", () => {
    const input = validDataset();
    input.events[0]!.location = { name: "Somewhere", lat: 1 };
    input.events[2]!.location = { name: "Nowhere" };
    input.events[3]!.location = { name: "Equator", lat: 0, lon: 0 };
    const d = validParsed(input);
    const out = eventsToGeoJson(d.events, d, "en");
    expect(out).toMatchObject({ included: 2, omitted: 2 });
    const features = JSON.parse(out.json).features;
    expect(features.map((f: { id: string }) => f.id).sort()).toEqual(["election-day", "results-announcement"]);
    expect(features.find((f: { id: string }) => f.id === "results-announcement").properties.confidence).toBe("single-source");
  });

  it("writes confidence null when the event gives none, and an empty collection for no events", () => {
    const protests = dataset.events.filter((e) => e.id === "protests-2024-07").map((e) => ({ ...e, location: { name: "X", lat: 2, lon: 3 } }));
    expect(JSON.parse(eventsToGeoJson(protests, dataset, "en").json).features[0].properties.confidence).toBeNull();
    expect(eventsToGeoJson([], dataset, "en")).toMatchObject({ included: 0, omitted: 0 });
  });
});
