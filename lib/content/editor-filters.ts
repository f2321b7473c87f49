import { z } from "zod";
import { PublicationStatus } from "@/lib/db/enums";
import { MAX_PAGE, MAX_QUERY_LENGTH } from "@/lib/listing/params";

// GET parameters shared by the editor lists of all three content types. Every value is parsed;
// anything unknown falls back to its default instead of failing (a shared link never breaks).
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(first, schema.optional()).catch(undefined).transform((v) => v ?? fallback);

export const STATUS_VALUES = Object.values(PublicationStatus) as [PublicationStatus, ...PublicationStatus[]];

export const editorListParams = {
  q: lenient(z.string().transform((s) => s.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)), ""),
  status: lenient(z.enum(STATUS_VALUES).nullable(), null),
  /** "1": only entries not verified for more than STALE_DAYS days */
  ungeprueft: lenient(z.enum(["1"]).transform(() => true), false),
  seite: lenient(z.coerce.number().int().min(1).max(MAX_PAGE), 1),
};

export const STALE_DAYS = 90;
export const EDITOR_PAGE_SIZE = 25;

export const staleBefore = (now: Date = new Date()) => new Date(now.getTime() - STALE_DAYS * 24 * 60 * 60 * 1000);

/** Case-insensitive "contains" on the given text columns (Prisma where fragment). */
export const containsAny = (q: string, fields: readonly string[]) =>
  q ? { OR: fields.map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
