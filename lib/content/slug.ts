import { AppError } from "@/lib/errors";

// Web addresses of entries: lowercase a-z, 0-9 and single hyphens; German letters transliterated
// (ä → ae, ß → ss) so the slug reads like the title.
const TRANSLITERATE: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue", ẞ: "ss" };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 100;

export function slugify(text: string): string {
  const slug = text
    .replace(/[äöüßÄÖÜẞ]/g, (c) => TRANSLITERATE[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " und ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return trimSlug(slug) || "eintrag";
}

function trimSlug(slug: string, max = SLUG_MAX): string {
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-+[^-]*$/, "").replace(/-+$/, "") || slug.slice(0, max);
}

/** The first of base, base-2, base-3 … that `taken` does not report as used. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${trimSlug(base, SLUG_MAX - String(n).length - 1)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${trimSlug(base, SLUG_MAX - 14)}-${Date.now()}`;
}

/**
 * The slug an entry is saved under: the one typed (refused when another entry has it), else the
 * current one (an empty field keeps the address), else one made from the name ("-2" … if taken).
 */
export async function chooseSlug(
  isTaken: (slug: string) => Promise<boolean>,
  { wanted, name, current }: { wanted: string | null; name: string; current?: string },
): Promise<string> {
  const taken = async (slug: string) => ROUTE_SEGMENTS.has(slug) || (await isTaken(slug));
  if (wanted) {
    if (wanted !== current && (await taken(wanted))) {
      throw new AppError("INVALID", "errors.invalid", { fieldErrors: { slug: ["errors.slugTaken"] } });
    }
    return wanted;
  }
  return current ?? uniqueSlug(slugify(name), taken);
}

/**
 * Path segments beside <list>/<slug> that are routes of their own (cached list views and text
 * searches, proxy.ts): an entry with such a slug would never be reached, so they count as taken.
 */
export const ROUTE_SEGMENTS: ReadonlySet<string> = new Set(["ansicht", "treffer"]);
