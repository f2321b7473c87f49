// CSV as RFC 4180 describes it, plus what spreadsheet programs write in practice: `;` (German
// Excel) or `,` as separator, CRLF or LF, a UTF-8 byte order mark, blank lines at the end.
// Small enough to own; a dependency would bring options we would have to pin down anyway.

export type CsvSeparator = ";" | ",";

/** One record of the file; `row` counts records as a spreadsheet does (header = row 1). */
export type CsvRecord = { row: number; cells: string[] };

export class CsvSyntaxError extends Error {
  constructor(readonly row: number) {
    super(`unterminated quoted field starting in record ${row}`);
  }
}

/** The separator that occurs more often outside quotes in the header line; `;` on a tie. */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons++;
    else if (!quoted && char === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * All records of the text, blank ones included (so record numbers match the spreadsheet), each
 * with its cells unquoted. A quote inside an unquoted cell is kept as written, as Excel does.
 */
export function parseCsv(text: string, separator: CsvSeparator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let cellStarted = false; // the current cell began with a quote
  let recordStartRow = 1;
  const endCell = () => {
    cells.push(cell);
    cell = "";
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (char === '"' && cell === "" && !cellStarted) {
      quoted = true;
      cellStarted = true;
      recordStartRow = records.length + 1;
    } else if (char === separator) endCell();
    else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else cell += char;
  }
  if (quoted) throw new CsvSyntaxError(recordStartRow);
  if (cell !== "" || cells.length > 0 || cellStarted) endRecord();
  return records;
}

export const isBlankRecord = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === "");

/** One CSV line set, quoting only where needed; CRLF as RFC 4180 and Excel expect. */
export function serializeCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ";"): string {
  const quote = (value: string) =>
    value.includes(separator) || /["\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return rows.map((row) => row.map(quote).join(separator)).join("\r\n") + "\r\n";
}
