import editorMessages from "@/messages/de/editor.json";
import { berlinDay } from "@/lib/dates";
import { enumToSlug } from "@/lib/facets";

// Helpers of the per-type record builders.

/** The status as the editor shows it (export only; imports never set a status). */
export const statusLabel = (status: string) => (editorMessages.status as Record<string, string>)[status] ?? status;

/** A DATE column (UTC midnight) as YYYY-MM-DD, "" for none. */
export const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

/** "Zuletzt geprüft" as the Berlin day the editor sees, "" for never. */
export const verifiedDay = (value: Date | null) => (value ? berlinDay(value) : "");

export const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

export const enumSlugs = (values: readonly string[]) => values.map(enumToSlug);

/** URL parameters as the editor filter schemas take them: repeated keys become arrays. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    object[key] = all.length > 1 ? all : all[0]!;
  }
  return object;
}
