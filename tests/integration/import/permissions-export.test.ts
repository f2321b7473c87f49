import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { commitImportJob } from "@/lib/import/commit";
import { dryRunImport } from "@/lib/import/dry-run";
import { getImporter } from "@/lib/import/entities";
import { exportEntries } from "@/lib/import/export";
import { getImportJob } from "@/lib/import/jobs";
import { readImportFile } from "@/lib/import/read-file";
import { startImport, validateImport } from "@/lib/import/service";
import { actorFor, counts, csvFile, expectCode, programmeRow, uniqueSuffix } from "./helpers";

const programmes = getImporter("programme")!;
let editor: Actor;
let advisor: Actor;
let provider: Actor;

beforeAll(async () => {
  [editor, advisor, provider] = await Promise.all([
    actorFor("redaktion@regiontrier.example"),
    actorFor("berater@regiontrier.example"),
    actorFor("dienstleister@regiontrier.example"),
  ]);
});

describe("import and export permissions", () => {
  for (const [role, actor] of [["ADVISOR", () => advisor], ["PROVIDER", () => provider]] as const) {
    it(`${role}: dry run, validation, start, commit and export are refused, and nothing is written`, async () => {
      const before = await counts();
      const file = csvFile([programmeRow(uniqueSuffix(), 1)]);
      await expectCode(dryRunImport(actor(), programmes, file), "FORBIDDEN");
      await expectCode(validateImport(actor(), "programme", file), "FORBIDDEN");
      // An editor's validated job cannot be started or committed by them either.
      const { jobId } = await validateImport(editor, "programme", file);
      await expectCode(startImport(actor(), jobId), "FORBIDDEN");
      await db.importJob.update({ where: { id: jobId }, data: { status: "RUNNING" } });
      await expectCode(commitImportJob(actor(), jobId, programmes), "FORBIDDEN");
      await expectCode(exportEntries(actor(), programmes, new URLSearchParams(), "csv"), "FORBIDDEN");
      expect(await counts()).toEqual(before);
      expect(await getImportJob(editor, jobId)).toMatchObject({ status: "RUNNING", processed: 0 });
      await db.importJob.update({ where: { id: jobId }, data: { status: "FAILED" } });
    });
  }
});

describe("export", () => {
  it("exports the filtered editor list as CSV that the import reads back to the same values", async () => {
    const suffix = uniqueSuffix();
    const rows = [programmeRow(suffix, 1, { Kurzbeschreibung: "=Formel; mit \"Zitat\"", Beschreibung: "Zeile 1\nZeile 2" }), programmeRow(suffix, 2, { Frist: "", Kurzbeschreibung: "\uFF0B49 651 Hotline" })];
    const { jobId } = await validateImport(editor, "programme", csvFile(rows));
    expect(await (await startImport(editor, jobId))()).toMatchObject({ ok: true });

    const params = new URLSearchParams({ q: suffix, sortierung: "titel" });
    const csv = await exportEntries(editor, programmes, params, "csv", new Date("2027-03-01T10:00:00Z"));
    expect(csv.fileName).toBe("foerderprogramme-2027-03-01.csv");
    expect(csv.body.startsWith("\uFEFFSlug;Titel;")).toBe(true);
    // Spreadsheets must not run a cell as a formula.
    expect(csv.body).toContain("'=Formel");
    expect(csv.body).toContain("'\uFF0B49 651 Hotline");

    const read = readImportFile(new TextEncoder().encode(csv.body), csv.fileName);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.rows).toHaveLength(2);
    const first = read.table.rows[0]!.values;
    expect(first).toMatchObject({
      Slug: `importtest-${suffix}-1`,
      Titel: `Importtest ${suffix} Nummer 1`,
      Fördergeber: "isb-rlp",
      Ebene: "land",
      Förderarten: "zuschuss|darlehen",
      Zielgruppen: "kmu|handwerk",
      Themen: "ki-innovation",
      Frist: "31.12.2099",
      Quelle: "https://example.org/foerderung",
      Status: "Entwurf",
    });
    expect(first.Kurzbeschreibung).toBe('=Formel; mit "Zitat"');
    expect(first.Beschreibung).toBe("<p>Zeile 1<br />Zeile 2</p>");
    expect(read.table.rows[1]!.values.Frist).toBe("");
    expect(read.table.rows[1]!.values.Kurzbeschreibung).toBe("\uFF0B49 651 Hotline");

    // Re-importing the export is a no-op update of both rows (nothing new, nothing invalid).
    const again = await dryRunImport(editor, programmes, { bytes: new TextEncoder().encode(csv.body), name: csv.fileName });
    expect(again.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 0, updated: 2 });
    expect(again.payload[0]!.values).toMatchObject({ title: `Importtest ${suffix} Nummer 1`, level: "LAND", deadline: "2099-12-31" });

    const json = await exportEntries(editor, programmes, params, "json");
    const records = JSON.parse(json.body) as Record<string, unknown>[];
    expect(records.map((r) => r.slug)).toEqual([`importtest-${suffix}-1`, `importtest-${suffix}-2`]);
    expect(records[0]).toMatchObject({ fundingTypes: ["zuschuss", "darlehen"], deadline: "2099-12-31", status: "Entwurf" });
    const fromJson = await dryRunImport(editor, programmes, { bytes: new TextEncoder().encode(json.body), name: json.fileName });
    expect(fromJson.report).toMatchObject({ fileErrors: [], rowErrors: [], updated: 2 });
  });
});
