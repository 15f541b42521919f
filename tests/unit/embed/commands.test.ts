import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/embed/commands.ts";

const setFilters = (extra: Record<string, unknown>) => parseCommand({ type: "cronica:command", command: "setFilters", ...extra });

describe("the embed's setFilters command", () => {
  it("takes real calendar days, months and years", () => {
    expect(setFilters({ from: "2024-02-29", to: "2025" })).toMatchObject({ from: "2024-02-29", to: "2025" });
    expect(setFilters({ from: "2024-07", to: null })).toMatchObject({ from: "2024-07", to: null });
  });
  it("is ignored with a day that does not exist, as any malformed command is", () => {
    expect(setFilters({ from: "2024-02-30" })).toBeNull();
    expect(setFilters({ to: "2023-13" })).toBeNull();
  });
  it("is ignored with a range that ends before it starts", () => {
    expect(setFilters({ from: "2025-01-01", to: "2024-12-31" })).toBeNull();
    expect(setFilters({ from: "2024-07-28", to: "2024-07-28" })).not.toBeNull();
  });
});
