// Disjunctive faceting over an in-memory list: values within one facet are OR-ed, facets are
// AND-ed, and each facet's counts ignore that facet's own selection (so a visitor sees how many
// entries every further choice would add).

import { byParam, type ContentType, type FacetIdOf } from "@/lib/facets/registry";

export interface FacetDefinition<Item> {
  key: string;
  values: (item: Item) => readonly string[];
}

export type FacetSelection = Record<string, readonly string[]>;
export type FacetCounts = Record<string, Record<string, number>>;

export function applyFacets<Item>(
  items: readonly Item[],
  facets: readonly FacetDefinition<Item>[],
  selection: FacetSelection,
): { matches: Item[]; counts: FacetCounts } {
  const active = facets.filter((facet) => (selection[facet.key]?.length ?? 0) > 0);
  const matchesFacet = (item: Item, facet: FacetDefinition<Item>) => {
    const wanted = selection[facet.key] ?? [];
    return facet.values(item).some((value) => wanted.includes(value));
  };

  const counts: FacetCounts = Object.fromEntries(facets.map((facet) => [facet.key, {}]));
  const matches: Item[] = [];
  for (const item of items) {
    const failing = active.filter((facet) => !matchesFacet(item, facet));
    if (failing.length === 0) matches.push(item);
    // An item counts towards a facet's values if it passes every *other* active facet.
    for (const facet of facets) {
      if (failing.length > 1 || (failing.length === 1 && failing[0] !== facet)) continue;
      const bucket = counts[facet.key]!;
      for (const value of new Set(facet.values(item))) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return { matches, counts };
}

export function paginate<Item>(items: readonly Item[], page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages);
  const start = (current - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page: current, pages, total: items.length, start };
}

/** A content type's facets (lib/facets/registry.ts) in display order, each read from an item by `read`. */
export function typeFacets<T extends ContentType, Item>(type: T, read: Record<FacetIdOf<T>, (item: Item) => readonly string[]>): FacetDefinition<Item>[] {
  return Object.entries(byParam(type, read)).map(([key, values]) => ({ key, values }));
}
