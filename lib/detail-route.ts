import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/**
 * Metadata of a detail page. For a missing entry the page renders not-found.tsx, and its title
 * must say so too (WCAG 2.4.2), not fall back to the site name.
 */
export async function detailMetadata(entry: { title: string; description: string } | null): Promise<Metadata> {
  if (entry) return entry;
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}
