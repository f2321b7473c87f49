import { describe, expect, it } from "vitest";
import { editorEntryOf } from "@/lib/db/editor-entries";

// Which editor addresses proxy.ts looks up to answer 404 for a missing entry.
describe("editorEntryOf", () => {
  it("reads the table and id of an entry's pages", () => {
    expect(editorEntryOf("/redaktion/foerderprogramme/abc123")).toEqual({ entry: { table: "Programme" }, id: "abc123" });
    expect(editorEntryOf("/redaktion/dienstleister/abc/logo")?.entry.table).toBe("Provider");
    expect(editorEntryOf("/redaktion/veranstaltungen/abc/vorschau")?.entry.table).toBe("Event");
    expect(editorEntryOf("/redaktion/themen/thema/abc")?.entry.table).toBe("Topic");
    expect(editorEntryOf("/redaktion/themen/synonyme/abc")?.entry.table).toBe("SynonymGroup");
    expect(editorEntryOf("/redaktion/import/abc")?.entry).toEqual({ table: "ImportJob", ownerColumn: "actorId" });
  });

  it("leaves lists, static pages beside [id] and other addresses alone", () => {
    for (const path of [
      "/redaktion",
      "/redaktion/foerderprogramme",
      "/redaktion/foerderprogramme/neu",
      "/redaktion/themen/synonyme/neu",
      "/redaktion/themen/zuordnungen",
      "/redaktion/import/vorlage/programme.csv",
      "/redaktion/protokoll/abc",
      "/redaktion/foerderprogramme/abc/unbekannt",
      "/redaktion/constructor/abc",
      "/redaktion/foerderprogramme/%E0%A4%A",
      "/foerderprogramme/abc",
    ]) {
      expect(editorEntryOf(path), path).toBeNull();
    }
  });
});
