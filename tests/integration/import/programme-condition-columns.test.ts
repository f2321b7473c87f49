import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { serializeCsv } from "@/lib/import/csv";
import { getImporter } from "@/lib/import/entities";
import { exportEntries } from "@/lib/import/export";
import { startImport, validateImport } from "@/lib/import/service";
import { actorFor, uniqueSuffix } from "./helpers";

// Issue 15's conditions: written by an import, read back by an export, and the export imports
// again without a change; empty cells stay "not stated" (null), not 0 or "nein".
let editor: Actor;
beforeAll(async () => {
  editor = await actorFor("redaktion@regiontrier.example");
});

const HEADER = ["Slug", "Titel", "Kurzbeschreibung", "Beschreibung", "Fördergeber", "Ebene", "Förderarten", "Zielgruppen", "Quelle", "Höchstens Beschäftigte", "Antrag vor Projektbeginn"];
const file = (rows: string[][]) => ({ bytes: new TextEncoder().encode(serializeCsv([HEADER, ...rows], ";")), name: "programme.csv" });
const row = (slug: string, suffix: string, employees: string, before: string) => [
  slug, `Bedingungen ${slug}`, "Kurz", "Lang", "isb-rlp", "land", "zuschuss", "kmu", `https://isb.rlp.de/foerderung/${slug}-${suffix}.html`, employees, before,
];
const stored = (slug: string) => db.programme.findUniqueOrThrow({ where: { slug }, select: { maxEmployees: true, applyBeforeProjectStart: true } });

describe("programme import and export: condition columns", () => {
  it("round-trips the employee limit and 'Antrag vor Projektbeginn' (ja, nein, empty)", async () => {
    const suffix = uniqueSuffix();
    const [a, b, c] = [`bedingung-a-${suffix}`, `bedingung-b-${suffix}`, `bedingung-c-${suffix}`];
    const first = await validateImport(editor, "programme", file([row(a, suffix, "49", "ja"), row(b, suffix, "", "Nein"), row(c, suffix, "", "")]));
    expect(first.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 3 });
    expect(await (await startImport(editor, first.jobId))()).toMatchObject({ ok: true });
    expect(await stored(a)).toEqual({ maxEmployees: 49, applyBeforeProjectStart: true });
    expect(await stored(b)).toEqual({ maxEmployees: null, applyBeforeProjectStart: false });
    expect(await stored(c)).toEqual({ maxEmployees: null, applyBeforeProjectStart: null });

    const csv = await exportEntries(editor, getImporter("programme")!, new URLSearchParams({ q: `bedingung-a-${suffix}` }), "csv");
    const [header, exported] = csv.body.replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(header).toContain("Höchstens Beschäftigte;Antrag vor Projektbeginn");
    expect(exported).toContain(";49;ja;");
    const again = await validateImport(editor, "programme", { bytes: new TextEncoder().encode(csv.body), name: csv.fileName });
    expect(again.report).toMatchObject({ fileErrors: [], rowErrors: [], created: 0, updated: 1 });
  });

  it("names invalid values in the condition columns", async () => {
    const suffix = uniqueSuffix();
    const { report } = await validateImport(editor, "programme", file([row(`bedingung-x-${suffix}`, suffix, "viele", "vielleicht"), row(`bedingung-y-${suffix}`, suffix, "0", "")]));
    expect(report.rowErrors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, "Höchstens Beschäftigte", "validation.number"],
      [2, "Antrag vor Projektbeginn", "validation.invalidOption"],
      [3, "Höchstens Beschäftigte", "validation.numberRange"],
    ]);
  });
});
