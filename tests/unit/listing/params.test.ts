import { describe, expect, it } from "vitest";
import { MAX_PAGE, MAX_QUERY_LENGTH, allowedValues, parsePage, parseQuery, parseSort } from "@/lib/listing/params";

describe("allowedValues", () => {
  const allowed = ["zuschuss", "darlehen", "preis"] as const;

  it("keeps known values in the allowed order and drops unknown ones", () => {
    expect(allowedValues({ art: ["preis", "unbekannt", "zuschuss"] }, "art", allowed)).toEqual(["zuschuss", "preis"]);
  });

  it("accepts a single value, trims it and ignores duplicates", () => {
    expect(allowedValues({ art: " darlehen " }, "art", allowed)).toEqual(["darlehen"]);
    expect(allowedValues({ art: ["darlehen", "darlehen"] }, "art", allowed)).toEqual(["darlehen"]);
  });

  it("returns nothing for a missing parameter", () => {
    expect(allowedValues({}, "art", allowed)).toEqual([]);
  });

  it("is case-sensitive: slugs are lowercase", () => {
    expect(allowedValues({ art: "ZUSCHUSS" }, "art", allowed)).toEqual([]);
  });
});

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    [String(MAX_PAGE), MAX_PAGE],
    [String(MAX_PAGE + 1), 1],
    ["0", 1],
    ["-3", 1],
    ["1.5", 1],
    ["abc", 1],
    ["", 1],
  ])("seite=%s → %i", (seite, expected) => {
    expect(parsePage({ seite })).toBe(expected);
  });

  it("uses the first of repeated values", () => {
    expect(parsePage({ seite: ["3", "4"] })).toBe(3);
  });
});

describe("parseSort", () => {
  const sorts = ["frist", "neu", "a-z"] as const;

  it("accepts a known sort", () => {
    expect(parseSort({ sortierung: "neu" }, sorts, "frist")).toBe("neu");
  });

  it("falls back for unknown, missing or repeated-unknown values", () => {
    expect(parseSort({ sortierung: "preis" }, sorts, "frist")).toBe("frist");
    expect(parseSort({}, sorts, "a-z")).toBe("a-z");
    expect(parseSort({ sortierung: ["x", "neu"] }, sorts, "frist")).toBe("frist");
  });
});

describe("parseQuery", () => {
  it("collapses whitespace and trims", () => {
    expect(parseQuery({ q: "  Digitalisierung   Handwerk \n" })).toBe("Digitalisierung Handwerk");
  });

  it("caps the length", () => {
    expect(parseQuery({ q: "x".repeat(1000) })).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("is empty when missing and takes the first of repeated values", () => {
    expect(parseQuery({})).toBe("");
    expect(parseQuery({ q: ["eins", "zwei"] })).toBe("eins");
  });
});

describe("cleanQueryText", () => {
  it("turns control characters (NUL among them) into spaces, collapses and caps", async () => {
    const { cleanQueryText, MAX_QUERY_LENGTH } = await import("@/lib/listing/params");
    expect(cleanQueryText("a\u0000b\u001b[31m  c\u007f")).toBe("a b [31m c");
    expect(cleanQueryText("x".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
