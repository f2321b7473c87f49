import { describe, expect, it } from "vitest";
import { parseCsv, serializeCsv } from "@/lib/import/csv";
import { escapeFormula, unescapeFormula } from "@/lib/import/formula";
import { readImportFile } from "@/lib/import/read-file";

// Every first character a spreadsheet may run as (or smuggle into) a formula.
const TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];

describe("CSV formula neutralisation", () => {
  it.each(TRIGGERS.map((t) => [JSON.stringify(t), t]))("prefixes a cell starting with %s with an apostrophe", (_name, trigger) => {
    const cell = `${trigger}HYPERLINK("https://evil.example","x")`;
    expect(escapeFormula(cell)).toBe(`'${cell}`);
    expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
  });

  it("leaves harmless cells alone, including ones with a trigger later on", () => {
    for (const cell of ["", "Digitalbonus", "A=B", " 12", "'Zitat", "''", "https://x.example/?a=-1", "1-2"]) {
      expect(escapeFormula(cell)).toBe(cell);
      expect(unescapeFormula(cell)).toBe(cell);
    }
  });

  it("keeps apostrophes the value itself started with (the import removes only the export's)", () => {
    for (const cell of ["'=schon geschützt", "''+1", "'\uFF20x", "'-"]) {
      expect(escapeFormula(cell)).toBe(`'${cell}`);
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }
  });

  it("round-trips through the CSV writer and the import reader to the original values", () => {
    const values = [...TRIGGERS.map((t) => `${t}SUMME(A1:A9)`), "'=schon geschützt", "''@x", "'normal", "normal", "-", "－5 %"];
    const headers = values.map((_, i) => `Spalte${i}`);
    const text = "\uFEFF" + serializeCsv([headers, values.map(escapeFormula)], ";");
    // What a spreadsheet sees: no cell of the data row starts with a trigger.
    const [, written] = parseCsv(text.slice(1), ";");
    for (const cell of written!.cells) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
    const read = readImportFile(new TextEncoder().encode(text), "x.csv");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(headers.map((h) => read.table.rows[0]!.values[h])).toEqual(values);
  });
});
