import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { startOfBerlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { dryRunImport } from "@/lib/import/dry-run";
import { getImporter } from "@/lib/import/entities";
import { getImportJob } from "@/lib/import/jobs";
import { startImport, validateImport } from "@/lib/import/service";
import { serializeCsv } from "@/lib/import/csv";
import { getPublishedProgrammeBySlug } from "@/lib/programme/queries";
import { buildDocuments } from "@/lib/search/documents";
import { listStaleEntries } from "@/lib/freshness/queries";
import { actorFor, csvFile, programmeRow, uniqueSuffix } from "./helpers";

// Item 4 of issue 13 ("Imports editors can trust"), against the real database.

const importer = getImporter("programme")!;
let editor: Actor;

beforeAll(async () => {
  editor = await actorFor("redaktion@regiontrier.example");
});

const csv = (rows: string[][], name = "foerderprogramme.csv") => ({ bytes: new TextEncoder().encode(serializeCsv(rows)), name });

/** Imports rows through the CLI's path (validate, claim, commit now) and returns the job. */
async function commitRows(file: { bytes: Uint8Array; name: string }) {
  const { jobId, report } = await validateImport(editor, "programme", file);
  expect(report.rowErrors).toEqual([]);
  expect(report.fileErrors).toEqual([]);
  const result = await (await startImport(editor, jobId))();
  expect(result.ok).toBe(true);
  return (await getImportJob(editor, jobId))!;
}

describe("the dry run's plan", () => {
  it("lists per row create or update, and warns for a published entry, a similar title and the same source URL", async () => {
    const suffix = uniqueSuffix();
    await commitRows(csvFile([programmeRow(suffix, 1, { Titel: `Digitalbonus Eifelland ${suffix} Handwerk`, Quelle: `https://example.org/${suffix}/bonus` })]));
    const slug = `importtest-${suffix}-1`;
    await db.programme.update({ where: { slug }, data: { status: "PUBLISHED", publishedAt: new Date() } });

    const rows = [
      programmeRow(suffix, 1, { Titel: "Neuer Titel" }),
      // new: almost the same title as the published entry
      programmeRow(suffix, 2, { Titel: `Digitalbonus Eifelland ${suffix} Handwerker`, Quelle: "https://example.org/anderes" }),
      // new: another title, but the entry's source page (other scheme, www., trailing slash)
      programmeRow(suffix, 3, { Titel: "Ganz anderes Programm zur Wärmepumpe", Quelle: `http://www.example.org/${suffix}/bonus/` }),
      programmeRow(suffix, 4, { Titel: `Unverwechselbar ${suffix} Quokka Zebra`, Quelle: `https://example.org/${suffix}/einzig` }),
    ];
    const { report } = await dryRunImport(editor, importer, csvFile(rows));
    expect(report.rowErrors).toEqual([]);
    const plan = report.plan!;
    expect(plan.map((row) => [row.row, row.action, row.slug])).toEqual([
      [2, "update", slug],
      [3, "create", `importtest-${suffix}-2`],
      [4, "create", `importtest-${suffix}-3`],
      [5, "create", `importtest-${suffix}-4`],
    ]);
    expect(plan[0]!.warnings).toEqual([{ key: "warning.published", params: { slug } }]);
    expect(plan[0]!.status).toBe("PUBLISHED");
    expect(plan[1]!.warnings).toContainEqual({ key: "warning.similarTitle", params: { title: `Digitalbonus Eifelland ${suffix} Handwerk`, slug, status: "Veröffentlicht" } });
    expect(plan[2]!.warnings).toContainEqual({ key: "warning.sameUrl", params: { title: `Digitalbonus Eifelland ${suffix} Handwerk`, slug, status: "Veröffentlicht" } });
    expect(plan[3]!.warnings).toEqual([]);
  });

  it("suggests the closest existing organisations for an unknown one", async () => {
    const { report } = await dryRunImport(editor, importer, csvFile([programmeRow(uniqueSuffix(), 1, { Fördergeber: "Investitions und Struktur Bank" })]));
    const error = report.rowErrors.find((e) => e.column === "Fördergeber")!;
    expect(error).toMatchObject({ key: "value.unknownOrganisationSuggest", fix: "createOrganisation" });
    expect(String(error.params!.suggestions)).toContain("„Investitions- und Strukturbank Rheinland-Pfalz“");
  });

  it("names every cell with a NUL character once, before any look-up, and checks the other rows as usual", async () => {
    const suffix = uniqueSuffix();
    const row = programmeRow(suffix, 1, { Slug: `nul-${suffix}\u0000x`, Titel: `Titel\u0000${suffix}`, Fördergeber: "Investitions\u0000bank" });
    const { report } = await dryRunImport(editor, importer, csvFile([row, programmeRow(suffix, 2, { Frist: "31.02.2027" })]));
    expect(report.rowErrors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, "Slug", "value.controlCharacter"],
      [2, "Titel", "value.controlCharacter"],
      [2, "Fördergeber", "value.controlCharacter"],
      [3, "Frist", "value.date"],
    ]);
  });

  it("gives a row with one unquoted separator one message and checks the other rows as usual", async () => {
    const suffix = uniqueSuffix();
    const header = programmeRow(suffix, 0).map((_, index) => ["Titel", "Kurzbeschreibung", "Beschreibung", "Fördergeber", "Ebene", "Förderarten", "Zielgruppen", "Themen", "Gebiete", "Frist", "Quelle", "Slug"][index]!);
    const broken = programmeRow(suffix, 2);
    const line = (cells: string[]) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(";");
    // Kurzbeschreibung "Zuschuss; für den Test" written without quotes: one cell too many.
    const brokenLine = broken.map((cell, index) => (index === 1 ? cell : `"${cell.replaceAll('"', '""')}"`)).join(";");
    const text = [header.join(";"), line(programmeRow(suffix, 1)), brokenLine, line(programmeRow(suffix, 3, { Frist: "31.02.2027" }))].join("\r\n");
    const { report } = await dryRunImport(editor, importer, { bytes: new TextEncoder().encode(text), name: "foerderprogramme.csv" });
    expect(report.rowErrors.map((e) => [e.row, e.key])).toEqual([
      [3, "row.tooManyCells"],
      [4, "value.date"],
    ]);
  });
});

describe("partial updates", () => {
  it("updates only the columns of a file with Slug and those columns; a new row in it gets one message", async () => {
    const suffix = uniqueSuffix();
    await commitRows(csvFile([programmeRow(suffix, 1)]));
    const slug = `importtest-${suffix}-1`;
    const before = await db.programme.findUniqueOrThrow({ where: { slug }, select: { title: true, deadline: true, sourceUrl: true } });

    const partial = csv([["Slug", "Frist"], [slug, "15.06.2031"]]);
    const job = await commitRows(partial);
    expect(job.report).toMatchObject({ created: 0, updated: 1 });
    const after = await db.programme.findUniqueOrThrow({ where: { slug }, select: { title: true, deadline: true, sourceUrl: true } });
    expect(after).toEqual({ ...before, deadline: new Date("2031-06-15T00:00:00Z") });

    const { report } = await dryRunImport(editor, importer, csv([["Slug", "Frist"], [slug, "16.06.2031"], [`neu-${suffix}`, "16.06.2031"]]));
    expect(report.fileErrors).toEqual([]);
    expect(report.rowErrors).toEqual([
      { row: 3, key: "row.newNeedsColumns", params: { headers: "„Titel“, „Kurzbeschreibung“, „Beschreibung“, „Fördergeber“, „Ebene“, „Förderarten“, „Zielgruppen“, „Quelle“" } },
    ]);
  });
});

describe("check date", () => {
  it("leaves a new entry unchecked without a date, sets the file's day with one, and an update without one keeps it", async () => {
    const suffix = uniqueSuffix();
    const withDate = [...programmeRow(suffix, 2), "30.11.2026"];
    const header = ["Titel", "Kurzbeschreibung", "Beschreibung", "Fördergeber", "Ebene", "Förderarten", "Zielgruppen", "Themen", "Gebiete", "Frist", "Quelle", "Slug", "Geprüft am"];
    await commitRows(csv([header, [...programmeRow(suffix, 1), ""], withDate]));
    const verified = async (index: number) =>
      (await db.programme.findUniqueOrThrow({ where: { slug: `importtest-${suffix}-${index}` }, select: { lastVerifiedAt: true } })).lastVerifiedAt;
    expect(await verified(1)).toBeNull();
    expect(await verified(2)).toEqual(startOfBerlinDay("2026-11-30"));
    const audit = await db.auditLog.findFirst({ where: { action: "programme.verified", entityId: (await db.programme.findUniqueOrThrow({ where: { slug: `importtest-${suffix}-2` } })).id } });
    expect(audit).not.toBeNull();

    // Published without a check, the public page claims none.
    await db.programme.update({ where: { slug: `importtest-${suffix}-1` }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect((await getPublishedProgrammeBySlug(`importtest-${suffix}-1`))!.lastVerifiedAt).toBeNull();
    // The dashboard names it first among the overdue entries: it was never checked.
    const stale = await listStaleEntries(editor, new Date(), 500);
    const unchecked = (await db.programme.findUniqueOrThrow({ where: { slug: `importtest-${suffix}-1` }, select: { id: true } })).id;
    expect(stale.items.find((item) => item.id === unchecked)).toMatchObject({ lastVerifiedDay: null, daysSinceVerified: null });
    expect(stale.items[0]!.lastVerifiedDay).toBeNull();

    // An update without a date, or with the same day (an export read back), keeps the check.
    await commitRows(csv([["Slug", "Betrag", "Geprüft am"], [`importtest-${suffix}-2`, "bis 1.000 Euro", "30.11.2026"]]));
    await commitRows(csv([["Slug", "Betrag"], [`importtest-${suffix}-2`, "bis 2.000 Euro"]]));
    expect(await verified(2)).toEqual(startOfBerlinDay("2026-11-30"));

    const future = await dryRunImport(editor, importer, csv([["Slug", "Geprüft am"], [`importtest-${suffix}-2`, "01.01.2099"]]));
    expect(future.report.rowErrors).toMatchObject([{ row: 2, column: "Geprüft am", key: "value.verifiedInFuture" }]);
  });
});

describe("commit", () => {
  it("queues the cache invalidation with the rows (also from the CLI) and lists exactly the drafts it created", async () => {
    const suffix = uniqueSuffix();
    await commitRows(csvFile([programmeRow(suffix, 1)]));
    const job = await commitRows(csvFile([programmeRow(suffix, 1, { Titel: "Geändert" }), programmeRow(suffix, 2), programmeRow(suffix, 3)]));
    const created = await db.programme.findMany({ where: { slug: { in: [`importtest-${suffix}-2`, `importtest-${suffix}-3`] } }, select: { id: true, slug: true, title: true }, orderBy: { slug: "asc" } });
    expect(job.report.createdEntries).toEqual(created);

    const invalidations = await db.$queryRawUnsafe<{ tags: string[] }[]>(
      `SELECT data->'tags' AS tags FROM pgboss.job WHERE name = 'cache.invalidate' AND data->'tags' @> jsonb_build_array($1::text)`,
      `programme:importtest-${suffix}-3`,
    );
    expect(invalidations).toHaveLength(1);
    expect(invalidations[0]!.tags).toEqual(expect.arrayContaining(["programmes", `programme:importtest-${suffix}-1`, `programme:importtest-${suffix}-2`]));
  });
});

describe("region-wide programmes without regions", () => {
  it("count in every Kreis of the search facet gebiet", async () => {
    const suffix = uniqueSuffix();
    await commitRows(csvFile([programmeRow(suffix, 1, { Ebene: "bund", Gebiete: "" }), programmeRow(suffix, 2, { Ebene: "kommune", Gebiete: "" })]));
    await db.programme.updateMany({ where: { slug: { startsWith: `importtest-${suffix}-` } }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const ids = (await db.programme.findMany({ where: { slug: { startsWith: `importtest-${suffix}-` } }, select: { id: true }, orderBy: { slug: "asc" } })).map((row) => row.id);
    const documents = await buildDocuments("programme", ids);
    const kreise = (await db.region.findMany({ where: { kind: "KREIS" }, select: { slug: true } })).map((region) => region.slug).sort();
    const gebiet = (slug: string) => [...(documents.find((document) => document.slug === slug)!.facets.gebiet ?? [])].sort();
    expect(kreise).toHaveLength(5);
    expect(gebiet(`importtest-${suffix}-1`)).toEqual(kreise);
    expect(gebiet(`importtest-${suffix}-2`)).toEqual([]);
  });
});
