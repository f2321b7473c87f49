import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { dryRunImport } from "@/lib/import/dry-run";
import { getImporter } from "@/lib/import/entities";
import { getImportJob } from "@/lib/import/jobs";
import { startImport, validateImport } from "@/lib/import/service";
import { noTranslations } from "@/lib/content/translations";
import { createProgramme } from "@/lib/programme/service";
import { PROGRAMME_TRANSLATED } from "@/lib/programme/schema";
import { actorFor, counts, csvFile, expectCode, programmeRow, uniqueSuffix } from "./helpers";

const importer = getImporter("programme")!;
let editor: Actor;

beforeAll(async () => {
  editor = await actorFor("redaktion@regiontrier.example");
});

describe("programme import: dry run", () => {
  it("checks every row and writes nothing, not even a job", async () => {
    const suffix = uniqueSuffix();
    const before = await counts();
    const jobsBefore = await db.importJob.count();
    const { report, payload } = await dryRunImport(editor, importer, csvFile([programmeRow(suffix, 1), programmeRow(suffix, 2)]));
    expect(report).toMatchObject({ format: "csv", fileErrors: [], rowErrors: [], created: 2, updated: 0 });
    expect(payload.map((row) => row.row)).toEqual([2, 3]);
    expect(await counts()).toEqual(before);
    expect(await db.importJob.count()).toBe(jobsBefore);
  });

  it("rejects a file with one bad row, naming that row and column, and writes none of the valid rows", async () => {
    const suffix = uniqueSuffix();
    const before = await counts();
    const rows = [programmeRow(suffix, 1), programmeRow(suffix, 2, { Förderarten: "Kredit", Frist: "31.02.2027" }), programmeRow(suffix, 3)];
    const { jobId, report } = await validateImport(editor, "programme", csvFile(rows));
    expect(report.rowErrors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, "Förderarten", "value.unknownOption"],
      [3, "Frist", "value.date"],
    ]);
    expect(await counts()).toEqual(before);
    expect(await db.programme.count({ where: { slug: { startsWith: `importtest-${suffix}` } } })).toBe(0);
    // A job with errors can never be committed.
    await expectCode(startImport(editor, jobId), "INVALID");
    expect(await db.programme.count({ where: { slug: { startsWith: `importtest-${suffix}` } } })).toBe(0);
  });

  it("reports schema errors (required, URL) and unknown references with German column names", async () => {
    const suffix = uniqueSuffix();
    const rows = [programmeRow(suffix, 1, { Titel: "", Quelle: "javascript:alert(1)", Fördergeber: "gibt-es-nicht", Themen: "ki-innovation|mondfahrt" })];
    const { report } = await dryRunImport(editor, importer, csvFile(rows, "x.csv", ","));
    expect(report.rowErrors.map((e) => [e.row, e.column, e.key])).toEqual(
      expect.arrayContaining([
        [2, "Titel", "validation.required"],
        [2, "Quelle", "validation.url"],
        [2, "Fördergeber", "value.unknownReference.organisation"],
        [2, "Themen", "value.unknownReference.topic"],
      ]),
    );
  });

  it("refuses unknown and missing headers as file errors", async () => {
    const file = { bytes: new TextEncoder().encode("Titel;Farbe\nA;rot\n"), name: "x.csv" };
    const { report } = await dryRunImport(editor, importer, file);
    expect(report.fileErrors.map((e) => e.key)).toEqual(["header.unknown", "header.missing"]);
  });
});

describe("programme import: commit", () => {
  it("commits every row of the fixed file as drafts, with audit rows, progress and one import.committed row", async () => {
    const suffix = uniqueSuffix();
    const rows = Array.from({ length: 25 }, (_, i) => programmeRow(suffix, i + 1));
    const { jobId, report } = await validateImport(editor, "programme", csvFile(rows));
    expect(report.rowErrors).toEqual([]);
    const commit = await startImport(editor, jobId);
    const seen: number[] = [];
    const result = await commit({
      progressEvery: 10,
      // The counter is committed outside the import transaction, so another connection sees it.
      onProgress: async (processed) => {
        const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
        seen.push(job.processed);
        if (processed < 25) expect(await db.programme.count({ where: { slug: { startsWith: `importtest-${suffix}-` } } })).toBe(0);
      },
    });
    expect(result).toMatchObject({ ok: true, total: 25 });
    expect(seen).toEqual([10, 20, 25]);
    const created = await db.programme.findMany({
      where: { slug: { startsWith: `importtest-${suffix}-` } },
      select: { id: true, status: true, fundingTypes: true, targetGroups: true, description: true, deadline: true, regions: { select: { slug: true } } },
    });
    expect(created).toHaveLength(25);
    expect(created.every((p) => p.status === "DRAFT")).toBe(true);
    expect(created[0]!.fundingTypes.sort()).toEqual(["DARLEHEN", "ZUSCHUSS"]);
    expect(created[0]!.regions.map((r) => r.slug).sort()).toEqual(["trier-saarburg", "vulkaneifel"]);
    expect(created[0]!.deadline?.toISOString().slice(0, 10)).toBe("2099-12-31");
    expect(await db.auditLog.count({ where: { action: "programme.created", entityId: { in: created.map((p) => p.id) } } })).toBe(25);
    expect(await db.auditLog.count({ where: { action: "import.committed", entityId: jobId, actorId: editor.id } })).toBe(1);
    const job = await getImportJob(editor, jobId);
    expect(job).toMatchObject({ status: "DONE", processed: 25, total: 25 });
    expect(job!.finishedAt).not.toBeNull();
    // A job is started once only.
    await expectCode(startImport(editor, jobId), "CONFLICT");
  });

  it("updates an existing entry by slug, keeps its status and the columns the file leaves out", async () => {
    const suffix = uniqueSuffix();
    const { jobId } = await validateImport(editor, "programme", csvFile([programmeRow(suffix, 1)]));
    await (await startImport(editor, jobId))();
    const slug = `importtest-${suffix}-1`;
    await db.programme.update({ where: { slug }, data: { status: "PUBLISHED", publishedAt: new Date(), amountText: "bis 5.000 Euro" } });
    const file = { bytes: new TextEncoder().encode(`Slug;Titel;Kurzbeschreibung;Beschreibung;Fördergeber;Ebene;Förderarten;Zielgruppen;Quelle\n${slug};Neuer Titel ${suffix};Kurz;Lang;ihk-trier;region;beratung;startup;https://example.org/neu\n`), name: "update.csv" };
    const { jobId: updateJob, report } = await validateImport(editor, "programme", file);
    expect(report).toMatchObject({ rowErrors: [], created: 0, updated: 1 });
    expect(await (await startImport(editor, updateJob))()).toMatchObject({ ok: true, total: 1 });
    const updated = await db.programme.findUniqueOrThrow({ where: { slug }, select: { title: true, status: true, amountText: true, level: true, regions: { select: { slug: true } }, version: true } });
    expect(updated).toMatchObject({ title: `Neuer Titel ${suffix}`, status: "PUBLISHED", amountText: "bis 5.000 Euro", level: "REGION", version: 2 });
    expect(updated.regions.map((r) => r.slug).sort()).toEqual(["trier-saarburg", "vulkaneifel"]);
  });

  it("rolls everything back when a row fails during the commit, and names that row", async () => {
    const suffix = uniqueSuffix();
    const rows = [programmeRow(suffix, 1), programmeRow(suffix, 2), programmeRow(suffix, 3)];
    const { jobId } = await validateImport(editor, "programme", csvFile(rows));
    // Between dry run and commit someone else takes the third row's slug.
    const input = {
      title: `Dazwischen ${suffix}`, slug: `importtest-${suffix}-3`, summary: "x", description: "x", eligibility: null, howToApply: null, ...noTranslations(PROGRAMME_TRANSLATED),
      fundingBodyId: (await db.organisation.findUniqueOrThrow({ where: { slug: "isb-rlp" } })).id, level: "LAND" as const,
      fundingTypes: ["ZUSCHUSS" as const], targetGroups: ["KMU" as const], topicIds: [], regionIds: [], advisorIds: [],
      amountText: null, amountMin: null, amountMax: null, maxEmployees: null, applyBeforeProjectStart: null, applicationStart: null, deadline: null, sourceUrl: "https://example.org",
      legalBasisTitle: null, legalBasisUrl: null, requiredDocuments: null, combinability: null, combinabilityNote: null,
      contactName: null, contactEmail: null, contactPhone: null, successorIds: [], version: undefined,
    };
    await createProgramme(editor, input);
    const before = await counts();
    const result = await (await startImport(editor, jobId))();
    expect(result).toMatchObject({ ok: false, failure: { row: 4, column: "Slug", key: "errors.slugTaken" } });
    expect(await counts()).toEqual(before);
    expect(await db.programme.count({ where: { slug: { in: [`importtest-${suffix}-1`, `importtest-${suffix}-2`] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "import.committed", entityId: jobId } })).toBe(0);
    expect(await getImportJob(editor, jobId)).toMatchObject({ status: "FAILED", report: { failure: { row: 4, column: "Slug" } } });
  });

  it("reads JSON with German or English keys and lists as arrays", async () => {
    const suffix = uniqueSuffix();
    const json = JSON.stringify([
      { Titel: `JSON ${suffix} a`, Kurzbeschreibung: "k", Beschreibung: "b", Fördergeber: "ISB", Ebene: "land", Förderarten: ["zuschuss"], Zielgruppen: "kmu", Quelle: "https://example.org" },
      { title: `JSON ${suffix} b`, summary: "k", description: "b", fundingBody: "isb-rlp", level: "BUND", fundingTypes: ["darlehen", "Bürgschaft"], targetGroups: ["startup"], sourceUrl: "https://example.org", amountMin: 500 },
    ]);
    const { report, payload } = await dryRunImport(editor, importer, { bytes: new TextEncoder().encode(json), name: "programme.json" });
    expect(report.fileErrors).toEqual([]);
    // Mixing German and English names for one column in one file is fine; both map to the same field.
    expect(report.rowErrors).toEqual([]);
    expect(payload).toHaveLength(2);
  });
});

describe("import jobs belong to their actor", () => {
  it("another editor can neither see nor start someone else's job", async () => {
    const admin = await actorFor("admin@regiontrier.example");
    const { jobId } = await validateImport(editor, "programme", csvFile([programmeRow(uniqueSuffix(), 1)]));
    expect(await getImportJob(admin, jobId)).toBeNull();
    await expectCode(startImport(admin, jobId), "NOT_FOUND");
    expect(await getImportJob(editor, jobId)).toMatchObject({ status: "VALIDATED" });
  });
});

describe("an interrupted commit", () => {
  it("shows a job that stopped running (server restart) as failed once the transaction limit has passed", async () => {
    const { jobId } = await validateImport(editor, "programme", csvFile([programmeRow(uniqueSuffix(), 1)]));
    await db.importJob.update({ where: { id: jobId }, data: { status: "RUNNING" } });
    expect(await getImportJob(editor, jobId)).toMatchObject({ status: "RUNNING" });
    await db.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = now() - interval '1 hour' WHERE id = ${jobId}`;
    expect(await getImportJob(editor, jobId)).toMatchObject({ status: "FAILED", report: { failure: { row: 0, key: "commit.interrupted" } } });
  });
});
