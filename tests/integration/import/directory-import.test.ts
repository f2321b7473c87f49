import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { serializeCsv } from "@/lib/import/csv";
import { getImporter } from "@/lib/import/entities";
import { exportEntries } from "@/lib/import/export";
import { startImport, validateImport } from "@/lib/import/service";
import { actorFor, uniqueSuffix } from "./helpers";

let editor: Actor;
beforeAll(async () => {
  editor = await actorFor("redaktion@regiontrier.example");
});

const file = (rows: string[][], name: string) => ({ bytes: new TextEncoder().encode(serializeCsv(rows, ",")), name });

describe("advisor import", () => {
  it("imports advisors with organisation, topics, programmes and regions by slug or name, as drafts", async () => {
    const suffix = uniqueSuffix();
    const programme = await db.programme.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
    const rows = [
      ["Art", "Name", "Kurzbeschreibung", "Organisation", "Themen", "Förderprogramme", "Gebiete", "Sprachen", "Beratungsformen", "E-Mail", "Slug"],
      ["Beratungsstelle", `Beratung ${suffix}`, "Hilft bei Anträgen.", "IHK Trier", "ki-innovation", programme.slug, "Vulkaneifel|trier-saarburg", "de|fr", "video|telefon", "info@example.org", `beratung-${suffix}`],
    ];
    const { jobId, report } = await validateImport(editor, "advisor", file(rows, "berater.csv"));
    expect(report).toMatchObject({ fileErrors: [], rowErrors: [], created: 1 });
    expect(await (await startImport(editor, jobId))()).toMatchObject({ ok: true });
    const advisor = await db.advisor.findUniqueOrThrow({
      where: { slug: `beratung-${suffix}` },
      select: { status: true, kind: true, languages: true, consultationModes: true, organisation: { select: { slug: true } }, programmes: { select: { slug: true } }, regions: { select: { slug: true } } },
    });
    expect(advisor).toMatchObject({ status: "DRAFT", kind: "DESK", languages: ["de", "fr"], organisation: { slug: "ihk-trier" }, programmes: [{ slug: programme.slug }] });
    expect(advisor.consultationModes.sort()).toEqual(["TELEFON", "VIDEO"]);
    expect(advisor.regions.map((r) => r.slug).sort()).toEqual(["trier-saarburg", "vulkaneifel"]);
  });

  it("reports an unknown programme slug and a missing region under their columns", async () => {
    const rows = [
      ["Art", "Name", "Kurzbeschreibung", "Organisation", "Förderprogramme", "Gebiete"],
      ["person", "Frau Test", "Kurz", "ihk-trier", "gibt-es-nicht", ""],
    ];
    const { report } = await validateImport(editor, "advisor", file(rows, "berater.csv"));
    expect(report.rowErrors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, "Förderprogramme", "value.unknownReference.programme"],
      [2, "Gebiete", "validation.chooseOne"],
    ]);
  });
});

describe("provider import", () => {
  it("imports providers with services, size, region and references (JSON in a CSV cell), and exports them back", async () => {
    const suffix = uniqueSuffix();
    const references = JSON.stringify([{ title: "Onlineshop", client: "Weingut", description: "Shop mit Versand", year: 2025 }]);
    const rows = [
      ["Name", "Kurzbeschreibung", "Beschreibung", "Leistungen", "Branchen", "Zertifizierungen", "Unternehmensgröße", "Ort", "Gebiet", "Referenzen", "Slug"],
      [`Dienstleister ${suffix}`, "Kurz", "Lang", "Websites und Online-Shops|it-sicherheit", "handel", "ISO 27001", "small", "Trier", "stadt-trier", references, `dl-${suffix}`],
    ];
    const { jobId, report } = await validateImport(editor, "provider", file(rows, "dienstleister.csv"));
    expect(report).toMatchObject({ fileErrors: [], rowErrors: [], created: 1 });
    expect(await (await startImport(editor, jobId))()).toMatchObject({ ok: true });
    const provider = await db.provider.findUniqueOrThrow({
      where: { slug: `dl-${suffix}` },
      select: { status: true, services: true, size: true, certifications: true, references: { select: { title: true, year: true } } },
    });
    expect(provider).toMatchObject({ status: "DRAFT", size: "SMALL", certifications: ["ISO 27001"], references: [{ title: "Onlineshop", year: 2025 }] });
    expect(provider.services.sort()).toEqual(["IT_SICHERHEIT", "WEBSITE_SHOP"]);

    const csv = await exportEntries(editor, getImporter("provider")!, new URLSearchParams({ q: `dl-${suffix}` }), "csv");
    const again = await validateImport(editor, "provider", { bytes: new TextEncoder().encode(csv.body), name: csv.fileName });
    expect(again.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 0, updated: 1 });
  });

  it("reports invalid JSON in the Referenzen column", async () => {
    const rows = [
      ["Name", "Kurzbeschreibung", "Beschreibung", "Leistungen", "Unternehmensgröße", "Ort", "Gebiet", "Referenzen"],
      ["X", "k", "b", "software", "micro", "Trier", "stadt-trier", "[{kaputt"],
    ];
    const { report } = await validateImport(editor, "provider", file(rows, "dienstleister.csv"));
    expect(report.rowErrors.map((e) => [e.row, e.column, e.key])).toEqual([[2, "Referenzen", "value.json"]]);
  });
});
