import { describe, expect, it } from "vitest";
import home from "@/messages/de/home.json";
import { parseSearchPageParams } from "@/lib/search/query-params";
import { OPEN_PROGRAMMES_HREF, TASK_IDS, TASK_SEARCH, taskSearchHref } from "@/lib/start-page/tasks";

const rawOf = (href: string) => {
  const url = new URL(href, "http://localhost");
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value);
  return { path: url.pathname, raw };
};

describe("the start page's task search", () => {
  it("searches programmes with the chosen Kreis as the region filter /suche understands", () => {
    const { path, raw } = rawOf(taskSearchHref(" Webshop ", "eifelkreis-bitburg-pruem"));
    expect(path).toBe("/suche");
    const params = parseSearchPageParams(raw, { [TASK_SEARCH.regionParam]: ["eifelkreis-bitburg-pruem"] });
    expect(params).toMatchObject({ q: "Webshop", type: "programme", filters: { gebiet: ["eifelkreis-bitburg-pruem"] } });
  });

  it("leaves the region out when none is chosen", () => {
    expect(taskSearchHref("KI")).toBe("/suche?q=KI&typ=foerderprogramme");
  });

  it("has a label and a search term in the messages for every quick task", () => {
    const tasks = home.tasks as Record<string, { label?: string; query?: string }>;
    expect(Object.keys(tasks).sort()).toEqual([...TASK_IDS].sort());
    for (const id of TASK_IDS) {
      expect(tasks[id]?.label, id).toBeTruthy();
      expect(tasks[id]?.query, id).toBeTruthy();
    }
  });

  it("links all open programmes in the list's default order (nearest deadline first)", () => {
    expect(OPEN_PROGRAMMES_HREF).toBe("/foerderprogramme?status=offen");
  });
});
