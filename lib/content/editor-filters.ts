import { z } from "zod";
import { PublicationStatus } from "@/lib/db/enums";
import { cleanQueryText, MAX_PAGE, type RawSearchParams } from "@/lib/listing/params";

// GET parameters of the editor lists of all three content types (also read by their CSV/JSON
// export). Every value is parsed; anything unknown falls back to its default instead of failing
// (a shared link never breaks).
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** One parameter: the first of repeated values, parsed with `schema`, `fallback` when absent or invalid. */
export const lenient = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(first, schema.optional()).catch(undefined).transform((v) => v ?? fallback);

/** A slug parameter (region, organisation), null when absent or malformed. */
export const slugParam = () => lenient(z.string().regex(/^[a-z0-9-]{1,120}$/).nullable(), null);

export const STATUS_VALUES = Object.values(PublicationStatus) as [PublicationStatus, ...PublicationStatus[]];
export const DEFAULT_EDITOR_SORT = "geaendert";
/** The orders of the directory lists (advisors, providers). */
export const DIRECTORY_EDITOR_SORTS = ["geaendert", "name", "geprueft"] as const;
export type DirectoryEditorSort = (typeof DIRECTORY_EDITOR_SORTS)[number];

export const editorListParams = {
  q: lenient(z.string().transform(cleanQueryText), ""),
  status: lenient(z.enum(STATUS_VALUES).nullable(), null),
  /** "1": only entries not verified for more than 90 Berlin days (lib/freshness/rules.ts) */
  ungeprueft: lenient(z.enum(["1"]).transform(() => true), false),
  seite: lenient(z.coerce.number().int().min(1).max(MAX_PAGE), 1),
};

/** The sort parameter of a list with the given orders; "geaendert" (last changed first) by default. */
export const sortParam = <const S extends readonly [typeof DEFAULT_EDITOR_SORT, ...string[]]>(sorts: S) => {
  const schema = z.enum(sorts);
  return lenient(schema, DEFAULT_EDITOR_SORT as z.output<typeof schema>);
};

export type EditorListFilters = { q: string; status: PublicationStatus | null; ungeprueft: boolean; seite: number; sortierung: string };

export const EDITOR_PAGE_SIZE = 25;

/** Which rows a page of the list shows. */
export const pageWindow = (page: number, pageSize = EDITOR_PAGE_SIZE) => ({ skip: (page - 1) * pageSize, take: pageSize });

/** An editor list's searchParams → its filters and the window of rows to read. */
export function parseEditorList<F extends EditorListFilters>(schema: z.ZodType<F, unknown>, raw: RawSearchParams) {
  const filters = schema.parse(raw);
  return { raw, filters, window: pageWindow(filters.seite) };
}
export type ParsedEditorList<F extends EditorListFilters> = ReturnType<typeof parseEditorList<F>>;

// Flags are stored as booleans; in a URL they carry the value their checkbox sends.
const FLAG_VALUES: Record<string, string> = { ungeprueft: "1", frist: "30" };

/** The parameters that differ from the defaults, for links (export, pagination) with the same filters. */
export function filterParams(filters: EditorListFilters & Record<string, unknown>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === "seite" || value === null || value === false || value === "") continue;
    if (key === "sortierung" && value === DEFAULT_EDITOR_SORT) continue;
    params[key] = value === true ? (FLAG_VALUES[key] ?? "1") : String(value);
  }
  return params;
}

/** Case-insensitive "contains" on the given text columns (Prisma where fragment). */
export const containsAny = (q: string | undefined, fields: readonly string[]) =>
  q ? { OR: fields.map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
