import { z } from "zod";
import { PublicationStatus, ServiceCategory } from "@/lib/db/enums";
import { enumToSlug } from "@/lib/facets";

// The editor lists' GET parameters (also used by the export links, so a filtered list exports
// exactly what it shows). Every value is parsed; anything unknown falls back to the default.
export const EDITOR_PAGE_SIZE = 25;
export const EDITOR_STATUS_SLUGS = Object.values(PublicationStatus).map(enumToSlug) as [string, ...string[]];
export const ADVISOR_EDITOR_SORTS = ["geaendert", "name", "geprueft"] as const;
export type EditorSort = (typeof ADVISOR_EDITOR_SORTS)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (max: number) =>
  z.preprocess((v) => (typeof first(v) === "string" ? (first(v) as string).replace(/\s+/g, " ").trim().slice(0, max) : ""), z.string());
const slugParam = () =>
  z.preprocess(first, z.string().regex(/^[a-z0-9-]{1,120}$/).optional()).catch(undefined);
const statusParam = () =>
  z
    .preprocess(first, z.enum(EDITOR_STATUS_SLUGS).optional())
    .catch(undefined)
    .transform((slug) => (slug ? (Object.values(PublicationStatus).find((s) => enumToSlug(s) === slug) ?? null) : null));
const sortParam = () => z.preprocess(first, z.enum(ADVISOR_EDITOR_SORTS)).catch("geaendert");
const pageParam = () => z.preprocess(first, z.coerce.number().int().min(1).max(500)).catch(1);

export const advisorEditorFilters = z.object({
  q: text(200),
  /** null: every status except ARCHIVED (the archive is asked for explicitly) */
  status: statusParam(),
  gebiet: slugParam(),
  organisation: slugParam(),
  sortierung: sortParam(),
  seite: pageParam(),
});
export type AdvisorEditorFilters = z.output<typeof advisorEditorFilters>;

export const SERVICE_SLUGS = Object.values(ServiceCategory).map(enumToSlug) as [string, ...string[]];

export const providerEditorFilters = z.object({
  q: text(200),
  status: statusParam(),
  gebiet: slugParam(),
  leistung: z
    .preprocess(first, z.enum(SERVICE_SLUGS).optional())
    .catch(undefined)
    .transform((slug) => (slug ? (Object.values(ServiceCategory).find((s) => enumToSlug(s) === slug) ?? null) : null)),
  sortierung: sortParam(),
  seite: pageParam(),
});
export type ProviderEditorFilters = z.output<typeof providerEditorFilters>;

/** The filter values back as URL parameters (for pagination, sort and export links). */
export function filterParams(filters: Record<string, unknown>): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === "" || key === "seite") continue;
    params[key] = key === "status" || key === "leistung" ? enumToSlug(String(value)) : String(value);
  }
  return params;
}
