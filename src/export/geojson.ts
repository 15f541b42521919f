/**
 * The events that have coordinates as a GeoJSON FeatureCollection (RFC 7946): one Point per
 * event at [lon, lat]. Events without both coordinates are left out and counted in the foreign
 * member `cronica.omitted`, so a map never silently shows fewer events than the list.
 */
import type { Dataset, PoliticalEvent } from "../data/model.ts";
import { textOf } from "../data/text.ts";

/** The GeoJSON text and how many events it holds and leaves out. */
export interface GeoJsonExport {
  json: string;
  included: number;
  /** Events without `location.lat` and `location.lon`. */
  omitted: number;
}

/** Pretty-printed GeoJSON of `events`; titles in `lang` (falling back to the dataset's default). */
export function eventsToGeoJson(events: readonly PoliticalEvent[], dataset: Dataset, lang: string): GeoJsonExport {
  const defaultLang = dataset.languages[0] ?? lang;
  const features = [];
  for (const e of events) {
    const lat = e.location?.lat;
    const lon = e.location?.lon;
    if (lat === undefined || lon === undefined) continue;
    features.push({
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [lon, lat] },
      properties: {
        id: e.id,
        date: e.date,
        category: e.category,
        title: textOf(e.title, lang, defaultLang),
        url: e.sources[0]?.url ?? null,
        confidence: e.confidence ?? null,
      },
    });
  }
  const omitted = events.length - features.length;
  const collection = {
    type: "FeatureCollection",
    cronica: { datasetId: dataset.id, datasetVersion: dataset.version, omitted },
    features,
  };
  return { json: JSON.stringify(collection, null, 2), included: features.length, omitted };
}
