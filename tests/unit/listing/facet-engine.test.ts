import { describe, expect, it } from "vitest";
import { applyFacets, paginate, type FacetDefinition } from "@/lib/listing/facet-engine";

interface Item {
  id: string;
  colours: string[];
  size: string;
}

const items: Item[] = [
  { id: "a", colours: ["rot"], size: "s" },
  { id: "b", colours: ["rot", "blau"], size: "m" },
  { id: "c", colours: ["blau"], size: "m" },
  { id: "d", colours: ["gruen"], size: "l" },
];
const facets: FacetDefinition<Item>[] = [
  { key: "farbe", values: (i) => i.colours },
  { key: "groesse", values: (i) => [i.size] },
];
const ids = (list: Item[]) => list.map((i) => i.id);

describe("applyFacets", () => {
  it("returns everything and counts all values without a selection", () => {
    const { matches, counts } = applyFacets(items, facets, {});
    expect(ids(matches)).toEqual(["a", "b", "c", "d"]);
    expect(counts).toEqual({ farbe: { rot: 2, blau: 2, gruen: 1 }, groesse: { s: 1, m: 2, l: 1 } });
  });

  it("ORs values within one facet", () => {
    const { matches } = applyFacets(items, facets, { farbe: ["rot", "gruen"] });
    expect(ids(matches)).toEqual(["a", "b", "d"]);
  });

  it("ANDs different facets", () => {
    const { matches } = applyFacets(items, facets, { farbe: ["rot"], groesse: ["m"] });
    expect(ids(matches)).toEqual(["b"]);
  });

  it("counts a facet's values ignoring that facet's own selection (disjunctive counts)", () => {
    const { counts } = applyFacets(items, facets, { farbe: ["rot"] });
    // Colour counts are unaffected by the colour choice: choosing blau as well would add c.
    expect(counts.farbe).toEqual({ rot: 2, blau: 2, gruen: 1 });
    // Size counts respect the colour choice: only a (s) and b (m) are red.
    expect(counts.groesse).toEqual({ s: 1, m: 1 });
  });

  it("counts each facet against all other active facets", () => {
    const { counts } = applyFacets(items, facets, { farbe: ["blau"], groesse: ["m"] });
    expect(counts.farbe).toEqual({ rot: 1, blau: 2 });
    expect(counts.groesse).toEqual({ m: 2 });
  });

  it("counts an item once per value even if a value repeats", () => {
    const { counts } = applyFacets([{ id: "x", colours: ["rot", "rot"], size: "s" }], facets, {});
    expect(counts.farbe).toEqual({ rot: 1 });
  });

  it("treats an empty selection list like no selection", () => {
    const { matches } = applyFacets(items, facets, { farbe: [] });
    expect(matches).toHaveLength(4);
  });
});

describe("paginate", () => {
  const list = Array.from({ length: 45 }, (_, i) => i);

  it("slices the requested page", () => {
    expect(paginate(list, 2, 20)).toMatchObject({ items: list.slice(20, 40), page: 2, pages: 3, total: 45, start: 20 });
  });

  it("clamps a page beyond the end to the last page", () => {
    expect(paginate(list, 99, 20)).toMatchObject({ page: 3, start: 40, items: list.slice(40) });
  });

  it("has one (empty) page for an empty list", () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pages: 1, total: 0, start: 0 });
  });
});
