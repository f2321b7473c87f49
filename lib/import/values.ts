import { enumToSlug } from "@/lib/facets";
import { LIST_SEPARATOR } from "./limits";

// Conversions of single cell values. Spreadsheet cells arrive as strings; JSON may also carry
// numbers, booleans and arrays.

/** The cell as trimmed text; null/undefined become "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Several values in one cell, separated by `|`; a JSON array is taken as it is. */
export function cellList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(cellText) : cellText(value).split(LIST_SEPARATOR);
  return items.map((item) => item.trim()).filter((item) => item !== "");
}

const normalize = (text: string) => text.trim().toLocaleLowerCase("de-DE").replace(/\s+/g, " ");

/**
 * An enum value from what people write: the public URL slug ("erp-prozesse"), the enum value
 * itself ("ERP_PROZESSE") or the German label ("ERP und digitale Prozesse"), case-insensitive.
 */
export function matchEnum<T extends string>(input: string, values: readonly T[], labels: Record<string, string>): T | undefined {
  const wanted = normalize(input);
  const exact = values.find(
    (value) => enumToSlug(value) === wanted || value.toLowerCase() === wanted || (labels[value] && normalize(labels[value]) === wanted),
  );
  if (exact) return exact;
  // Singular or plural of the slug or label ("Kommunen" for kommune, "Handwerksbetrieb" for
  // "Handwerksbetriebe"); taken only when exactly one value fits, never as a guess between two.
  const stem = stemOf(wanted);
  const forms = (value: T) => [enumToSlug(value), value.toLowerCase(), labels[value] ? normalize(labels[value]) : ""].filter(Boolean);
  const fitting = values.filter((value) => forms(value).some((form) => stemOf(form) === stem));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** A word group without the usual German (and English) plural endings, each word on its own. */
function stemOf(text: string): string {
  return text
    .replaceAll("_", "-")
    .split(/[\s-]+/)
    .map((word) => (word.length > 4 ? word.replace(/(en|e|n|s)$/, "") : word))
    .join(" ");
}

/**
 * Whether a cell that failed as one value holds several separated by `,` or `;` instead of `|`:
 * then the message says how to separate them instead of "unknown value".
 */
export const looksCommaSeparated = (item: string) => /[,;]/.test(item) && item.split(/[,;]/).filter((part) => part.trim() !== "").length > 1;

/**
 * A calendar date as YYYY-MM-DD from TT.MM.JJJJ (also T.M.JJJJ) or JJJJ-MM-TT; undefined when the
 * text is no real date (31.02.2027, 2027-13-01).
 */
export function parseDate(input: string): string | undefined {
  const text = input.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const parts = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** YYYY-MM-DD (or a Date at UTC midnight, as Prisma returns DATE columns) as TT.MM.JJJJ. */
export function formatGermanDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
}

export { normalize as normalizeName };
