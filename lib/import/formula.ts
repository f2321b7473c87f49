// CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (also their
// full-width forms, which Excel and LibreOffice treat alike) as a formula, and a leading tab or
// carriage return can smuggle one past a check of the first character. Exports prefix such
// cells with an apostrophe, which spreadsheets show as text.
//
// So that every value survives export → import unchanged, cells that already start with
// apostrophes before such a character get one more: the import removes exactly one apostrophe
// from any cell matching ^'+<trigger>, which undoes the export and nothing else.
const TRIGGER = "=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20";
const NEEDS_ESCAPE = new RegExp(`^'*[${TRIGGER}]`);
const ESCAPED = new RegExp(`^'+[${TRIGGER}]`);

export const escapeFormula = (cell: string) => (NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell);
export const unescapeFormula = (cell: string) => (ESCAPED.test(cell) ? cell.slice(1) : cell);
