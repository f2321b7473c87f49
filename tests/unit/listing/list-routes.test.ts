import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// proxy.ts rewrites a list's filter views to <list>/ansicht/<key> and its text searches to
// <list>/treffer/<key>: a list with one route but not the other would answer its searches with 404.
const PUBLIC = path.join(process.cwd(), "app", "[locale]", "(public)");

function listsWithCachedViews(dir: string, rel = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name.startsWith("[")) continue;
    const child = path.join(dir, entry.name);
    if (entry.name === "ansicht") found.push(rel);
    else found.push(...listsWithCachedViews(child, `${rel}/${entry.name}`));
  }
  return found;
}

// The Förder-Check has no text search: its answers are the whole query.
const lists = listsWithCachedViews(PUBLIC).filter((list) => list !== "/foerder-check");

describe("cached list routes", () => {
  it("exist for every list the proxy rewrites", () => {
    expect(lists).toEqual(expect.arrayContaining(["/foerderprogramme", "/berater", "/dienstleister", "/fristen", "/veranstaltungen", "/veranstaltungen/archiv", "/initiativen", "/aktuelles"]));
  });

  it.each(lists)("%s has a treffer route for text searches", (list) => {
    expect(existsSync(path.join(PUBLIC, list, "treffer", "[key]", "page.tsx"))).toBe(true);
  });

  it("/suche has its treffer route", () => {
    expect(existsSync(path.join(PUBLIC, "suche", "treffer", "[key]", "page.tsx"))).toBe(true);
  });
});
