import { describe, expect, it } from "vitest";
import { filterParams, programmeEditorFilters } from "@/lib/programme/editor-filters";

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
