import "server-only";
import { AppError } from "@/lib/errors";
import { slugify } from "./editor-fields";

/**
 * The slug an entry is saved under: the one typed (refused when another entry has it), else the
 * current one, else one made from the name with "-2", "-3" … until it is free.
 */
export async function chooseSlug(
  isTaken: (slug: string) => Promise<boolean>,
  { wanted, name, current, fallback }: { wanted: string | null; name: string; current?: string; fallback: string },
): Promise<string> {
  if (wanted) {
    if (wanted !== current && (await isTaken(wanted))) {
      throw new AppError("INVALID", "errors.invalid", { fieldErrors: { slug: ["errors.slugTaken"] } });
    }
    return wanted;
  }
  if (current) return current;
  const base = slugify(name) || fallback;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new AppError("INVALID", "errors.invalid", { fieldErrors: { slug: ["errors.slugTaken"] } });
}
