import { describe, expect, it } from "vitest";
import { advisorEditorFilters } from "@/lib/advisor/editor-filters";
import { EDITOR_PAGE_SIZE, filterParams, parseEditorList } from "@/lib/content/editor-filters";
import { programmeEditorFilters } from "@/lib/programme/editor-filters";
import { providerEditorFilters } from "@/lib/provider/editor-filters";

describe("programmeEditorFilters", () => {
  it("gives defaults for nothing and for nonsense", () => {
    const defaults = { q: "", status: null, ungeprueft: false, seite: 1, ebene: null, frist: false, sortierung: "geaendert" };
    expect(programmeEditorFilters.parse({})).toEqual(defaults);
    expect(programmeEditorFilters.parse({ status: "GONE", seite: "-3", sortierung: "x", ebene: "MARS", frist: "7", ungeprueft: "ja" })).toEqual(defaults);
  });

  it("parses real values, first of repeated ones, and gives the same parameters back", () => {
    const filters = programmeEditorFilters.parse({ q: ["  Digital   Bonus ", "x"], status: "DRAFT", ebene: "LAND", frist: "30", ungeprueft: "1", sortierung: "frist", seite: "2" });
    expect(filters).toEqual({ q: "Digital Bonus", status: "DRAFT", ebene: "LAND", frist: true, ungeprueft: true, sortierung: "frist", seite: 2 });
    expect(filterParams(filters)).toEqual({ q: "Digital Bonus", status: "DRAFT", ebene: "LAND", frist: "30", ungeprueft: "1", sortierung: "frist" });
  });
});

describe("advisor and provider list filters", () => {
  it("parse the type's own filters and give back only what differs from the defaults", () => {
    const advisor = parseEditorList(advisorEditorFilters, { gebiet: "stadt-trier", organisation: "Not A Slug!", sortierung: "name", seite: "3" });
    expect(advisor.filters).toMatchObject({ gebiet: "stadt-trier", organisation: null, sortierung: "name", seite: 3 });
    expect(advisor.window).toEqual({ skip: 2 * EDITOR_PAGE_SIZE, take: EDITOR_PAGE_SIZE });
    expect(filterParams(advisor.filters)).toEqual({ gebiet: "stadt-trier", sortierung: "name" });

    const provider = parseEditorList(providerEditorFilters, { leistung: ["WEBSITE_SHOP", "x"], ungeprueft: "1", sortierung: "titel" });
    expect(provider.filters).toMatchObject({ leistung: "WEBSITE_SHOP", ungeprueft: true, sortierung: "geaendert", seite: 1 });
    expect(filterParams(provider.filters)).toEqual({ leistung: "WEBSITE_SHOP", ungeprueft: "1" });
  });
});
