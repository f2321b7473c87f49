import "server-only";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { AppError } from "@/lib/errors";

/**
 * The slug an entry is saved under: the one typed (refused when another entry has it), else the
 * current one (an empty field keeps the address), else one made from the name ("-2" … if taken).
 */
export async function chooseSlug(
  isTaken: (slug: string) => Promise<boolean>,
  { wanted, name, current }: { wanted: string | null; name: string; current?: string },
): Promise<string> {
  if (wanted) {
    if (wanted !== current && (await isTaken(wanted))) {
      throw new AppError("INVALID", "errors.invalid", { fieldErrors: { slug: ["errors.slugTaken"] } });
    }
    return wanted;
  }
  return current ?? uniqueSlug(slugify(name), isTaken);
}
