import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { nextSelection } from "../../../src/timeline/navigation.ts";
import { validDataset } from "../../helpers/datasetFixture.ts";

const result = parseDataset(validDataset());
if (!result.ok) throw new Error("fixture invalid");
const { events, categories } = result.dataset;
const lanes = categories.map((c) => c.id);
const ids = events.map((e) => e.id);
const at = (id: string) => ids.indexOf(id);

describe("nextSelection", () => {
  it("ArrowRight and ArrowLeft step through events in time order and stop at the ends", () => {
    // By start, then end: the two intervals start at midnight on the 29th, before 04:10 UTC.
    expect(ids).toEqual(["election-day", "protests-2024-07", "detentions-ongoing", "results-announcement"]);
    expect(nextSelection(events, 0, "ArrowRight", lanes, 0)?.id).toBe("protests-2024-07");
    expect(nextSelection(events, 1, "ArrowLeft", lanes, 0)?.id).toBe("election-day");
    expect(nextSelection(events, 0, "ArrowLeft", lanes, 0)?.id).toBe("election-day");
    expect(nextSelection(events, 3, "ArrowRight", lanes, 0)?.id).toBe("results-announcement");
  });

  it("with nothing selected, an arrow starts at the first event inside the visible window", () => {
    expect(nextSelection(events, -1, "ArrowRight", lanes, Date.UTC(2024, 7, 1))?.id).toBe("detentions-ongoing");
    expect(nextSelection(events, -1, "ArrowLeft", lanes, 0)?.id).toBe("election-day");
  });

  it("Home and End jump to the first and last event", () => {
    expect(nextSelection(events, 2, "Home", lanes, 0)?.id).toBe("election-day");
    expect(nextSelection(events, 0, "End", lanes, 0)?.id).toBe("results-announcement");
  });

  it("ArrowDown moves to the nearest event in time in the next lane; ArrowUp back", () => {
    const down = nextSelection(events, at("results-announcement"), "ArrowDown", lanes, 0);
    expect(down?.category).toBe("protest");
    expect(down?.id).toBe("protests-2024-07");
    expect(nextSelection(events, at("detentions-ongoing"), "ArrowUp", lanes, 0)?.category).toBe("election");
    // No lane below the last one: the selection stays.
    expect(nextSelection(events, at("detentions-ongoing"), "ArrowDown", lanes, 0)?.id).toBe("detentions-ongoing");
  });
});
