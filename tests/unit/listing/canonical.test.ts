import { describe, expect, it } from "vitest";
import { acceptedParams, decodeListKey, encodeListKey, pairsToQuery, syntacticParams, withSearchText, type ListSchema } from "@/lib/listing/canonical";

const schema: ListSchema = {
  facets: { foerderart: ["darlehen", "zuschuss"], gebiet: ["stadt-trier", "vulkaneifel"] },
  sorts: ["frist", "a-z"],
  defaultSort: "frist",
};

describe("list keys", () => {
  it("are the same for the same filters in any order, with duplicates and defaults", () => {
    const a = syntacticParams({ foerderart: ["zuschuss", "darlehen"], gebiet: "vulkaneifel", seite: "1" }, "frist");
    const b = syntacticParams({ gebiet: ["vulkaneifel", "vulkaneifel"], foerderart: ["darlehen", "zuschuss"], sortierung: "frist" }, "frist");
    expect(encodeListKey(a)).toBe(encodeListKey(b));
    expect(a).toEqual([
      ["foerderart", "darlehen"],
      ["foerderart", "zuschuss"],
      ["gebiet", "vulkaneifel"],
    ]);
  });

  it("carry the text query only when asked, cleaned as the list reads it and in key order", () => {
    const raw = { q: ["  KI\u0000 und   Cloud ", "ignored"], gebiet: "vulkaneifel", foerderart: "zuschuss" };
    const filters = syntacticParams(raw, "frist");
    expect(filters).toEqual([["foerderart", "zuschuss"], ["gebiet", "vulkaneifel"]]);
    expect(withSearchText(filters, raw)).toEqual([["foerderart", "zuschuss"], ["gebiet", "vulkaneifel"], ["q", "KI und Cloud"]]);
    expect(withSearchText(filters, { q: "   " })).toBe(filters);
    expect(encodeListKey(withSearchText(filters, raw))).toBe(encodeListKey(withSearchText(filters, { q: "KI und Cloud" })));
  });

  it("round-trip through the URL segment", () => {
    const pairs = syntacticParams({ foerderart: "zuschuss", sortierung: "a-z", seite: "2" }, "frist");
    const key = encodeListKey(pairs);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeListKey(key)).toEqual({ foerderart: ["zuschuss"], seite: ["2"], sortierung: ["a-z"] });
    expect(encodeListKey([])).toBe("alle");
    expect(decodeListKey("alle")).toEqual({});
  });

  it("reject keys that are not base64url", () => {
    expect(decodeListKey("../../etc")).toBeNull();
    expect(decodeListKey("a".repeat(3000))).toBeNull();
  });
});

describe("accepted parameters", () => {
  it("equal the syntactic ones when every value is known", () => {
    const raw = { foerderart: ["zuschuss", "darlehen"], gebiet: "stadt-trier", sortierung: "a-z", seite: "3" };
    expect(acceptedParams(raw, schema)).toEqual(syntacticParams(raw, "frist"));
  });

  it("drop unknown values, unknown sorts and impossible pages, so the key differs", () => {
    const raw = { foerderart: ["zuschuss", "geschenk"], thema: "x", sortierung: "beliebt", seite: "9999" };
    const accepted = acceptedParams(raw, schema);
    expect(accepted).toEqual([["foerderart", "zuschuss"]]);
    expect(encodeListKey(accepted)).not.toBe(encodeListKey(syntacticParams(raw, "frist")));
    expect(pairsToQuery(accepted)).toBe("?foerderart=zuschuss");
    expect(pairsToQuery([])).toBe("");
  });
});
