import { berlinYear } from "@/lib/dates";
import { z } from "zod";

// Building blocks for form schemas. Messages are keys of the "editor" catalogue namespace, so
// the same schema serves German (and later French or English) forms, the import and the API.
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const emptyToUndefined = (value: unknown) => {
  const v = trimmed(value);
  return v === "" || v === null ? undefined : v;
};
const toList = (value: unknown) =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map(trimmed)
    .filter((v) => v !== "");

// PostgreSQL text cannot hold U+0000; refused here, a NUL would otherwise fail the write itself.
const withoutNul = (schema: z.ZodString) => schema.refine((v) => !v.includes("\u0000"), "validation.invalidCharacters");

export const requiredText = (max = 200) =>
  z.preprocess(trimmed, withoutNul(z.string({ error: "validation.required" }).min(1, "validation.required").max(max, "validation.tooLong")));

export const optionalText = (max = 2000) =>
  z.preprocess(emptyToUndefined, withoutNul(z.string().max(max, "validation.tooLong")).optional()).transform((v) => v ?? null);

export const requiredUrl = () =>
  z.preprocess(
    trimmed,
    z.string({ error: "validation.required" }).min(1, "validation.required").max(500, "validation.tooLong").pipe(httpUrl()),
  );

export const optionalUrl = () =>
  z.preprocess(emptyToUndefined, httpUrl().max(500, "validation.tooLong").optional()).transform((v) => v ?? null);

// Only http(s): a javascript: or data: URL in a link field would be an XSS vector.
function httpUrl() {
  return z.string().refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "validation.url");
}

export const optionalEmail = () =>
  z.preprocess(emptyToUndefined, z.email("validation.email").max(254, "validation.tooLong").optional()).transform((v) => v ?? null);

export const requiredEmail = () =>
  z.preprocess(trimmed, z.string({ error: "validation.required" }).min(1, "validation.required").pipe(z.email("validation.email")));

/** A number as typed: German thousands dots and decimal comma; empty is undefined. */
const typedNumber = (v: unknown) => {
  const s = emptyToUndefined(v);
  return typeof s === "string" ? Number(s.replace(/\./g, "").replace(",", ".")) : s;
};

const integer = () => z.number({ error: "validation.number" }).int("validation.number");

export const optionalInt = (min: number, max: number) =>
  z
    .preprocess(typedNumber, integer().min(min, "validation.numberRange").max(max, "validation.numberRange").optional())
    .transform((v) => v ?? null);

/** A year that has begun: a founding, a finished project. The message names the range, as "außerhalb des Bereichs" would not. */
export const optionalPastYear = () =>
  z
    .preprocess(typedNumber, integer().min(1800, "validation.pastYear").refine((year) => year <= berlinYear(), "validation.pastYear").optional())
    .transform((v) => v ?? null);

/** A calendar date from <input type="date"> (YYYY-MM-DD) or German DD.MM.YYYY, kept as the string. */
export const optionalDate = () =>
  z
    .preprocess((v) => {
      const s = emptyToUndefined(v);
      const german = typeof s === "string" ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s) : null;
      return german ? `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : s;
    }, z.iso.date("validation.date").optional())
    .transform((v) => v ?? null);

export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(trimmed, z.enum(values, { error: "validation.invalidOption" }));

export const listOf = <T extends z.ZodType>(item: T, { min = 0, max = 100 } = {}) =>
  z.preprocess(toList, z.array(item).min(min, "validation.chooseOne").max(max, "validation.tooMany"));

/** Free-text list, one entry per line or comma-separated (languages, certifications). */
export const textList = (maxItems = 30, maxLength = 100) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(/[\n,]/) : toList(v)).map(trimmed).filter((s) => s !== ""),
    z.array(z.string().max(maxLength, "validation.tooLong")).max(maxItems, "validation.tooMany"),
  );

export const version = () => z.coerce.number({ error: "validation.number" }).int().min(1);
