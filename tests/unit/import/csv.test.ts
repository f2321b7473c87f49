import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv, serializeCsv, CsvSyntaxError } from "@/lib/import/csv";
import { decodeImportText, readImportFile } from "@/lib/import/read-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseCsv", () => {
  it("splits simple records on the separator with LF and CRLF", () => {
    expect(parseCsv("a;b\n1;2\r\n3;4", ";")).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "2"] },
      { row: 3, cells: ["3", "4"] },
    ]);
  });

  it("keeps separators, newlines and doubled quotes inside quoted fields", () => {
    const records = parseCsv('Titel,Beschreibung\r\n"Bonus, digital","Zeile 1\r\nZeile 2 mit ""Zitat"""\r\n', ",");
    expect(records).toEqual([
      { row: 1, cells: ["Titel", "Beschreibung"] },
      { row: 2, cells: ["Bonus, digital", 'Zeile 1\r\nZeile 2 mit "Zitat"'] },
    ]);
  });

  it("counts records, not lines, so an embedded newline does not shift later row numbers", () => {
    const records = parseCsv('a\n"x\ny"\nz\n', ";");
    expect(records.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, "a"],
      [2, "x\ny"],
      [3, "z"],
    ]);
  });

  it("keeps empty cells, an empty last cell and a quoted empty cell", () => {
    expect(parseCsv('a;;""\n;', ";")).toEqual([
      { row: 1, cells: ["a", "", ""] },
      { row: 2, cells: ["", ""] },
    ]);
  });

  it("keeps a quote inside an unquoted cell as written", () => {
    expect(parseCsv('5" Display;x', ";")[0]!.cells).toEqual(['5" Display', "x"]);
  });

  it("reports an unterminated quote with the record it started in", () => {
    expect(() => parseCsv('a\nb\n"offen;x\n', ";")).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\nb\n"offen;x\n', ";");
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(3);
    }
  });
});

describe("detectSeparator", () => {
  it("takes the separator of the header line, ignoring quoted ones", () => {
    expect(detectSeparator("Titel;Betrag;Frist\n1,2,3,4,5")).toBe(";");
    expect(detectSeparator("Titel,Betrag\n")).toBe(",");
    expect(detectSeparator('"Titel; mit Semikolon",Betrag,Frist\n')).toBe(",");
    expect(detectSeparator("Titel\n")).toBe(";");
  });
});

describe("serializeCsv", () => {
  it("quotes only what needs quoting and round-trips through parseCsv", () => {
    const rows = [["Titel", "Beschreibung"], ["Bonus; digital", 'Zwei\nZeilen "zitiert"'], ["einfach", ""]];
    const text = serializeCsv(rows, ";");
    expect(text.startsWith("Titel;Beschreibung\r\n")).toBe(true);
    expect(parseCsv(text, ";").map((r) => r.cells)).toEqual(rows);
  });
});

describe("readImportFile", () => {
  it("strips a UTF-8 BOM and ignores blank trailing lines", () => {
    const result = readImportFile(bytes("\uFEFFTitel;Frist\r\nA;01.02.2027\r\n\r\n\r\n"), "x.csv");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.headers).toEqual(["Titel", "Frist"]);
    expect(result.table.rows).toEqual([{ row: 2, values: { Titel: "A", Frist: "01.02.2027" } }]);
  });

  it("reads invalid UTF-8 as Windows-1252 and rejects UTF-16", () => {
    const cp1252 = new Uint8Array([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0x46, 0xf6, 0x72, 0x64, 0x65, 0x72, 0x0a]); // "Förder" in cp1252
    expect(readImportFile(cp1252, "x.csv")).toMatchObject({ ok: true, table: { rows: [{ row: 2, values: { Titel: "Förder" } }] } });
    expect(readImportFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "x.csv")).toEqual({ ok: false, errors: [{ key: "file.utf16", params: undefined }] });
    expect(decodeImportText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toBeNull();
  });

  it("flags a row with more cells than headers, and treats missing trailing cells as empty", () => {
    const result = readImportFile(bytes("a;b\n1;2;3\n4\n"), "x.csv");
    expect(result.ok && result.table.rowErrors).toEqual([{ row: 2, key: "row.tooManyCells", params: { expected: 2, count: 3, separator: ";" } }]);
    expect(result.ok && result.table.rows[1]).toEqual({ row: 3, values: { a: "4", b: "" } });
  });

  it("refuses empty files, header-only files, too large files and too many rows", () => {
    expect(readImportFile(bytes(""), "x.csv")).toMatchObject({ ok: false, errors: [{ key: "file.empty" }] });
    expect(readImportFile(bytes("Titel\n\n"), "x.csv")).toMatchObject({ ok: false, errors: [{ key: "file.noRows" }] });
    expect(readImportFile(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), "x.csv")).toMatchObject({ ok: false, errors: [{ key: "file.tooLarge" }] });
    expect(readImportFile(bytes("Titel\n" + "x\n".repeat(5001)), "x.csv")).toMatchObject({ ok: false, errors: [{ key: "file.tooManyRows" }] });
  });

  it("reads a JSON array of objects, numbering its elements from 1", () => {
    const result = readImportFile(bytes('[{"title":"A","fundingTypes":["zuschuss"]}, 5]'), "daten.json");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.format).toBe("json");
    expect(result.table.rows).toEqual([{ row: 1, values: { title: "A", fundingTypes: ["zuschuss"] } }]);
    expect(result.table.rowErrors).toEqual([{ row: 2, key: "row.notAnObject" }]);
    expect(readImportFile(bytes('{"a":1}'), "x.json")).toMatchObject({ ok: false, errors: [{ key: "file.jsonNotArray" }] });
    expect(readImportFile(bytes("[{"), "x.json")).toMatchObject({ ok: false, errors: [{ key: "file.invalidJson" }] });
  });

  it("undoes the export's protection against spreadsheet formulas", () => {
    const result = readImportFile(bytes("Titel\n'=SUMME(A1)\n"), "x.csv");
    expect(result.ok && result.table.rows[0]!.values.Titel).toBe("=SUMME(A1)");
  });
});
