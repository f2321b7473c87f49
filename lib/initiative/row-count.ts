import type { FormValues } from "@/lib/actions/form-state";

// How many rows the initiative form's repeated fieldsets show (pure: the client form reads it too).

/** How many empty rows the form offers below the filled ones (and adds per "Weitere Zeilen"). */
export const EMPTY_ROWS = 3;

export type RowListName = "milestones" | "sourceLinks";

/** The hidden field that carries how many rows of a list the form showed ("Weitere Zeilen" raises it). */
export const rowsField = (list: RowListName) => `${list}Rows`;

/** The submit button's name for "Weitere Zeilen"; its value names the list. */
export const MORE_ROWS_BUTTON = "weitereZeilen";

const ROW_KEY = /^(milestones|sourceLinks)\.(\d+)\./;

/**
 * The number of rows of a list the form shows: the last filled row (sent or saved) plus the empty
 * ones, at least as many as it showed before (rowsField), at most `max`.
 */
export function rowCount(values: FormValues, list: RowListName, max: number): number {
  let highest = -1;
  for (const [key, value] of Object.entries(values)) {
    const match = ROW_KEY.exec(key);
    const filled = Array.isArray(value) ? value.some((v) => v.trim() !== "") : value.trim() !== "";
    if (match && match[1] === list && filled) highest = Math.max(highest, Number(match[2]));
  }
  const shown = Number(values[rowsField(list)]);
  const count = Math.max(highest + 1 + EMPTY_ROWS, Number.isInteger(shown) ? shown : 0);
  return Math.min(count, max);
}

/** The values "Weitere Zeilen" sends back: the same, with EMPTY_ROWS more rows of the named list. */
export function withMoreRows(values: FormValues, list: RowListName, max: number): FormValues {
  return { ...values, [rowsField(list)]: String(Math.min(max, rowCount(values, list, max) + EMPTY_ROWS)) };
}
