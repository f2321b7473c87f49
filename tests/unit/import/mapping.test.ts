import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PROGRAMME_COLUMNS } from "@/lib/import/entities/programme-columns";
import { checkHeaders, duplicateSlugErrors, keyRows, mapRows, validateRow } from "@/lib/import/map-rows";
import { readImportFile } from "@/lib/import/read-file";
import { recordToCells } from "@/lib/import/record-cells";
import { serializeCsv } from "@/lib/import/csv";
import { escapeFormula } from "@/lib/import/formula";
import type { ReferenceResolver } from "@/lib/import/map-rows";

const REQUIRED = ["Titel", "Kurzbeschreibung", "Beschreibung", "Fördergeber", "Ebene", "Förderarten", "Zielgruppen", "Quelle"];
const IDS: Record<string, Record<string, string>> = {
  organisation: { "isb-rlp": "org1", "investitions- und strukturbank": "org1" },
  topic: { "ki-innovation": "t1" },
  region: { eu: "r1" },
};
const resolve: ReferenceResolver = (kind, text) => {
  const id = IDS[kind]?.[text.trim().toLowerCase()];
  return id ? { id, slug: text.trim().toLowerCase() } : undefined;
};

function table(csv: string) {
  const read = readImportFile(new TextEncoder().encode(csv), "x.csv");
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.table;
}

describe("checkHeaders", () => {
  it("accepts German headers and English keys in any case and order", () => {
    const check = checkHeaders([...REQUIRED.slice().reverse(), "frist", "topics"], PROGRAMME_COLUMNS);
    expect(check.errors).toEqual([]);
    expect(check.columns.get("frist")?.key).toBe("deadline");
    expect(check.columns.get("topics")?.header).toBe("Themen");
  });

  it("lists unknown headers with the allowed ones, and missing required ones", () => {
    const check = checkHeaders(["Titel", "Farbe", "Kurzbeschreibung", "Titel"], PROGRAMME_COLUMNS);
    expect(check.errors.map((e) => e.key)).toEqual(["header.unknown", "header.duplicate", "header.missing"]);
    expect(check.errors[0]!.params!.headers).toBe("„Farbe“");
    expect(String(check.errors[0]!.params!.allowed)).toContain("Förderarten");
    expect(check.errors[2]!.params!.headers).toBe("„Beschreibung“, „Fördergeber“, „Ebene“, „Förderarten“, „Zielgruppen“, „Quelle“");
  });
});

describe("mapRows", () => {
  const csv = [
    "Titel;Fördergeber;Ebene;Förderarten;Zielgruppen;Themen;Frist;Slug",
    "A;isb-rlp;land;zuschuss|Darlehen;Kleine und mittlere Unternehmen;ki-innovation;31.03.2027;a-eins",
    "B;Investitions- und Strukturbank;Mond;Kredit;kmu;unbekannt;30.02.2027;A-EINS",
  ].join("\n");

  it("maps slugs, labels, names and dates into the schema's fields", () => {
    const t = table(csv);
    const { columns } = checkHeaders(t.headers, PROGRAMME_COLUMNS);
    const { rows } = mapRows(keyRows(t, columns), PROGRAMME_COLUMNS, resolve);
    expect(rows[0]).toMatchObject({
      row: 2,
      slug: "a-eins",
      values: { title: "A", fundingBodyId: "org1", level: "LAND", fundingTypes: ["ZUSCHUSS", "DARLEHEN"], targetGroups: ["KMU"], topicIds: ["t1"], deadline: "2027-03-31" },
    });
    expect(rows[1]!.values.fundingBodyId).toBe("org1");
  });

  it("names row, column and the allowed values for every unknown value", () => {
    const t = table(csv);
    const { columns } = checkHeaders(t.headers, PROGRAMME_COLUMNS);
    const { rows, errors } = mapRows(keyRows(t, columns), PROGRAMME_COLUMNS, resolve);
    expect(errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, "Ebene", "value.unknownOption"],
      [3, "Förderarten", "value.unknownOption"],
      [3, "Themen", "value.unknownReference.topic"],
      [3, "Frist", "value.date"],
    ]);
    expect(errors[0]!.params).toEqual({ value: "Mond", allowed: "eu, bund, land, region, kommune" });
    expect(duplicateSlugErrors(rows, "Slug")).toEqual([{ row: 3, column: "Slug", key: "row.duplicateSlug", params: { slug: "a-eins", firstRow: 2 } }]);
  });
});

describe("validateRow", () => {
  const schema = z.object({ title: z.string().min(1, "validation.required"), amountMax: z.number({ error: "validation.number" }) });
  it("reports the schema's issues under the column header, skipping fields already reported", () => {
    const result = validateRow(schema, { row: 4, slug: null, values: { title: "", amountMax: "x" } }, PROGRAMME_COLUMNS);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 4, column: "Titel", key: "validation.required", params: undefined },
        { row: 4, column: "Höchstbetrag", key: "validation.number", params: undefined },
      ],
    });
    const skipped = validateRow(schema, { row: 4, slug: null, values: { title: "", amountMax: "x" } }, PROGRAMME_COLUMNS, new Set(["amountMax"]));
    expect(skipped.ok === false && skipped.errors.map((e) => e.column)).toEqual(["Titel"]);
  });
});

describe("export → import round trip", () => {
  it("reads back the values an export wrote, including separators, quotes, newlines and formulas", () => {
    const record = {
      slug: "digitalbonus",
      title: 'Digitalbonus; "Plus"',
      summary: "=Kurz",
      description: "<p>Zeile 1</p>\n<p>Zeile 2</p>",
      fundingBody: "isb-rlp",
      level: "land",
      fundingTypes: ["zuschuss", "darlehen"],
      targetGroups: ["kmu"],
      topics: ["ki-innovation"],
      regions: ["eu"],
      amountMin: "1000",
      deadline: "2027-03-31",
      sourceUrl: "https://example.org",
      status: "Entwurf",
    };
    const csv = "\uFEFF" + serializeCsv([PROGRAMME_COLUMNS.map((c) => c.header), recordToCells(PROGRAMME_COLUMNS, record).map(escapeFormula)]);
    const t = table(csv);
    const { columns, errors } = checkHeaders(t.headers, PROGRAMME_COLUMNS);
    expect(errors).toEqual([]);
    const mapped = mapRows(keyRows(t, columns), PROGRAMME_COLUMNS, resolve);
    expect(mapped.errors).toEqual([]);
    expect(mapped.rows[0]!.values).toMatchObject({
      slug: "digitalbonus",
      title: 'Digitalbonus; "Plus"',
      summary: "=Kurz",
      description: "<p>Zeile 1</p>\n<p>Zeile 2</p>",
      fundingBodyId: "org1",
      level: "LAND",
      fundingTypes: ["ZUSCHUSS", "DARLEHEN"],
      deadline: "2027-03-31",
      amountMin: "1000",
    });
  });
});
