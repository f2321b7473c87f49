import { describe, expect, it } from "vitest";
import { ADVISOR_COLUMNS } from "@/lib/import/entities/directory-columns";
import { enumLabels } from "@/lib/import/columns";
import { PROGRAMME_COLUMNS } from "@/lib/import/entities/programme-columns";
import { checkHeaders, keyRows, mapRows, missingForNewRow, type ReferenceResolver } from "@/lib/import/map-rows";
import { readImportFile } from "@/lib/import/read-file";
import { looksCommaSeparated, matchEnum } from "@/lib/import/values";
import { CONSULTATION_MODES, FUNDING_LEVELS, TARGET_GROUPS } from "@/lib/facets";

// Item 4 of issue 13 ("Imports editors can trust"): the parsing and mapping half.

const IDS: Record<string, Record<string, string>> = {
  organisation: { "isb-rlp": "org1" },
  topic: { "ki-innovation": "t1", "digitaler-wandel": "t2" },
  region: { "trier-saarburg": "r1", vulkaneifel: "r2" },
};
const find = (kind: string, text: string) => {
  const id = IDS[kind]?.[text.trim().toLowerCase()];
  return id ? { id, slug: text.trim().toLowerCase() } : undefined;
};
const resolve: ReferenceResolver = Object.assign(find, {
  suggest: (kind: string, text: string) => (kind === "organisation" && text === "ISB Mainz" ? ["Investitions- und Strukturbank RLP", "ISB Beratung"] : []),
});

function map(csv: string) {
  const read = readImportFile(new TextEncoder().encode(csv), "x.csv");
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const { columns } = checkHeaders(read.table.headers, PROGRAMME_COLUMNS);
  return mapRows(keyRows(read.table, columns), PROGRAMME_COLUMNS, resolve);
}

describe("list cells separated by , instead of |", () => {
  it("says how to separate the values instead of calling them unknown", () => {
    const { errors } = map("Förderarten;Themen;Gebiete\nzuschuss, darlehen;ki-innovation,digitaler-wandel;trier-saarburg|vulkaneifel\n");
    expect(errors).toEqual([
      { row: 2, column: "Förderarten", key: "value.listSeparator", params: { value: "zuschuss, darlehen", fixed: "zuschuss|darlehen" } },
      { row: 2, column: "Themen", key: "value.listSeparator", params: { value: "ki-innovation,digitaler-wandel", fixed: "ki-innovation|digitaler-wandel" } },
    ]);
  });

  it("keeps the unknown-value message for a single wrong value", () => {
    const { errors } = map("Förderarten\nKredit\n");
    expect(errors.map((error) => error.key)).toEqual(["value.unknownOption"]);
    expect(looksCommaSeparated("Kredit")).toBe(false);
    expect(looksCommaSeparated("a; b")).toBe(true);
  });
});

describe("singular and plural labels", () => {
  it.each([
    ["Kommunen", "KOMMUNE", "targetGroup", TARGET_GROUPS],
    ["Kommune", "KOMMUNE", "targetGroup", TARGET_GROUPS],
    ["Schule", "SCHULE", "targetGroup", TARGET_GROUPS],
    ["Handwerksbetrieb", "HANDWERK", "targetGroup", TARGET_GROUPS],
    ["Startups", "STARTUP", "targetGroup", TARGET_GROUPS],
    ["Kommunen", "KOMMUNE", "fundingLevel", FUNDING_LEVELS],
    ["Videos", "VIDEO", "consultationMode", CONSULTATION_MODES],
  ] as const)("reads %s as %s (%s)", (input, expected, facet, values) => {
    expect(matchEnum(input, values, enumLabels(facet))).toBe(expected);
  });

  it("still does not guess: another word stays unknown", () => {
    expect(matchEnum("Kommunal", TARGET_GROUPS, enumLabels("targetGroup"))).toBeUndefined();
    expect(matchEnum("Zuschüsse", FUNDING_LEVELS, enumLabels("fundingLevel"))).toBeUndefined();
  });
});

describe("unknown organisation", () => {
  it("names the closest organisations and points to creating one", () => {
    const { errors } = map("Fördergeber\nISB Mainz\n");
    expect(errors).toEqual([
      {
        row: 2,
        column: "Fördergeber",
        key: "value.unknownOrganisationSuggest",
        params: { value: "ISB Mainz", suggestions: "„Investitions- und Strukturbank RLP“, „ISB Beratung“" },
        fix: "createOrganisation",
      },
    ]);
  });

  it("without similar names still points to creating it", () => {
    const { errors } = map("Fördergeber\nGanz Unbekannt\n");
    expect(errors[0]).toMatchObject({ key: "value.unknownReference.organisation", fix: "createOrganisation" });
  });
});

describe("one unquoted separator", () => {
  it("gives the row one message naming the separator, and its cells are not mapped", () => {
    const read = readImportFile(new TextEncoder().encode("Titel;Ebene;Quelle\nA;land;https://a.example\nB; Teil 2;land;https://b.example\n"), "x.csv");
    expect(read.ok && read.table.rowErrors).toEqual([{ row: 3, key: "row.tooManyCells", params: { expected: 3, count: 4, separator: ";" } }]);
  });
});

describe("a file with Slug and only the columns to change", () => {
  it("is no file error; without Slug the missing required columns still are", () => {
    expect(checkHeaders(["Slug", "Frist"], PROGRAMME_COLUMNS).errors).toEqual([]);
    expect(checkHeaders(["Frist"], PROGRAMME_COLUMNS).errors.map((error) => error.key)).toEqual(["header.missing"]);
  });

  it("names every missing required column once for a row that would create an entry", () => {
    expect(missingForNewRow({ row: 4, values: { slug: "neu", deadline: "31.12.2027" } }, PROGRAMME_COLUMNS)).toEqual({
      row: 4,
      key: "row.newNeedsColumns",
      params: { headers: "„Titel“, „Kurzbeschreibung“, „Beschreibung“, „Fördergeber“, „Ebene“, „Förderarten“, „Zielgruppen“, „Quelle“" },
    });
    const advisor = Object.fromEntries(ADVISOR_COLUMNS.filter((column) => column.required).map((column) => [column.key, "x"]));
    expect(missingForNewRow({ row: 2, values: advisor }, ADVISOR_COLUMNS)).toBeNull();
  });
});

describe("check date column", () => {
  it("is an optional date column of every type, read like any date", () => {
    const { rows, errors } = map("Geprüft am\n30.11.2026\n");
    expect(errors).toEqual([]);
    expect(rows[0]!.values.verifiedAt).toBe("2026-11-30");
    expect(PROGRAMME_COLUMNS.find((column) => column.key === "verifiedAt")).toMatchObject({ header: "Geprüft am", kind: "date" });
    expect(ADVISOR_COLUMNS.find((column) => column.key === "verifiedAt")?.required).toBeFalsy();
  });
});
