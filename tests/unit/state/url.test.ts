import { describe, expect, it } from "vitest";
import { parseUrl, serializeUrl } from "../../../src/state/url.ts";

describe("parseUrl", () => {
  it("reads lang and event", () => {
    expect(parseUrl("?lang=es&event=2024-07-28-election-day").view).toEqual({ lang: "es", event: "2024-07-28-election-day" });
  });

  it("ignores unknown and malformed parameters, saying why", () => {
    const { view, ignored } = parseUrl(`?lang=fr&event=%3Cscript%3E&zzz=1&q=${"x".repeat(3000)}`);
    expect(view).toEqual({});
    expect(ignored.map((i) => i.name).sort()).toEqual(["event", "lang", "q", "zzz"]);
  });

  it("leaves parameters owned by other features alone", () => {
    expect(parseUrl("?embed=1&data=https://x.org/d.json").ignored).toEqual([]);
  });
});

describe("serializeUrl", () => {
  it("writes only what differs from the defaults", () => {
    expect(serializeUrl({ lang: "en", selectedId: null }, { lang: "en" })).toBe("");
    expect(serializeUrl({ lang: "es", selectedId: "a" }, { lang: "en" })).toBe("?lang=es&event=a");
  });

  it("round-trips through parseUrl", () => {
    const s = serializeUrl({ lang: "es", selectedId: "2024-07-28-election-day" }, { lang: "en" });
    expect(parseUrl(s).view).toEqual({ lang: "es", event: "2024-07-28-election-day" });
  });
});
