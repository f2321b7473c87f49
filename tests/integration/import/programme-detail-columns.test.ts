import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { serializeCsv } from "@/lib/import/csv";
import { getImporter } from "@/lib/import/entities";
import { exportEntries } from "@/lib/import/export";
import { startImport, validateImport } from "@/lib/import/service";
import { actorFor, uniqueSuffix } from "./helpers";

// Issue 14.3's columns: written by an import, read back by an export, and the export imports
// again without a change.
let editor: Actor;
beforeAll(async () => {
  editor = await actorFor("redaktion@regiontrier.example");
});

const HEADER = [
  "Slug", "Titel", "Kurzbeschreibung", "Beschreibung", "Fördergeber", "Ebene", "Förderarten", "Zielgruppen", "Quelle",
  "Unterlagen", "Rechtsgrundlage", "Rechtsgrundlage (Link)", "Kombinierbarkeit", "Kombinierbarkeit (Erläuterung)",
  "Ansprechstelle", "Ansprechstelle E-Mail", "Ansprechstelle Telefon", "Nachfolger/Alternativen",
];
const file = (rows: string[][]) => ({ bytes: new TextEncoder().encode(serializeCsv([HEADER, ...rows], ";")), name: "programme.csv" });

describe("programme import and export: detail columns", () => {
  it("round-trips documents, legal basis, combinability, contact and successors", async () => {
    const suffix = uniqueSuffix();
    const successor = await db.programme.findFirstOrThrow({ where: { slug: "bafa-unternehmensberatung" }, select: { id: true, slug: true } });
    const slug = `detailimport-${suffix}`;
    const row = [
      slug, `Detailimport ${suffix}`, "Kurz", "Lang", "isb-rlp", "land", "zuschuss", "kmu", `https://isb.rlp.de/foerderung/${suffix}.html`,
      "Angebot\nDe-minimis-Erklärung", "VV Test", "https://isb.rlp.de/vv-test.pdf", "Eingeschränkt kombinierbar", "nicht mit DigiBoost",
      "Team Test", "test@isb.example", "+49 6131 0000-1", successor.slug,
    ];
    const first = await validateImport(editor, "programme", file([row]));
    expect(first.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 1 });
    expect(first.report.plan![0]!.warnings).toEqual([]);
    expect(await (await startImport(editor, first.jobId))()).toMatchObject({ ok: true });
    const stored = await db.programme.findUniqueOrThrow({
      where: { slug },
      select: { requiredDocuments: true, legalBasisTitle: true, legalBasisUrl: true, combinability: true, combinabilityNote: true, contactName: true, contactEmail: true, contactPhone: true, successors: { select: { id: true } } },
    });
    expect(stored).toEqual({
      requiredDocuments: "<p>Angebot<br />De-minimis-Erklärung</p>",
      legalBasisTitle: "VV Test",
      legalBasisUrl: "https://isb.rlp.de/vv-test.pdf",
      combinability: "EINGESCHRAENKT",
      combinabilityNote: "nicht mit DigiBoost",
      contactName: "Team Test",
      contactEmail: "test@isb.example",
      contactPhone: "+49 6131 0000-1",
      successors: [{ id: successor.id }],
    });

    const csv = await exportEntries(editor, getImporter("programme")!, new URLSearchParams({ q: slug }), "csv");
    const [header, exported] = csv.body.replace(/^\uFEFF/, "").split(/\r?\n/);
    for (const column of HEADER) expect(header).toContain(column);
    expect(exported).toContain("eingeschraenkt");
    expect(exported).toContain(successor.slug);
    const again = await validateImport(editor, "programme", { bytes: new TextEncoder().encode(csv.body), name: csv.fileName });
    expect(again.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 0, updated: 1 });
  });

  it("names unknown values in the new columns and warns about a start page as source", async () => {
    const suffix = uniqueSuffix();
    const row = [
      `detailfehler-${suffix}`, `Detailfehler ${suffix}`, "Kurz", "Lang", "isb-rlp", "land", "zuschuss", "kmu", "https://isb.rlp.de/",
      "", "VV", "javascript:alert(1)", "vielleicht", "", "", "keine-mail", "", "gibt-es-nicht",
    ];
    const { report } = await validateImport(editor, "programme", file([row]));
    expect(report.rowErrors.map((e) => [e.column, e.key]).sort()).toEqual(
      [
        ["Ansprechstelle E-Mail", "validation.email"],
        ["Kombinierbarkeit", "value.unknownOption"],
        ["Nachfolger/Alternativen", "value.unknownReference.programme"],
        ["Rechtsgrundlage (Link)", "validation.url"],
      ].sort(),
    );
    const ok = await validateImport(editor, "programme", file([[...row.slice(0, 11), "", "", "", "", "", "", ""]]));
    expect(ok.report.plan![0]!.warnings).toContainEqual({ key: "warning.sourceUrlStartPage", params: { host: "isb.rlp.de" } });
  });
});
