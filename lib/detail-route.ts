import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/href";
import type { Locale } from "@/lib/i18n/config";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { pageMetadata } from "@/lib/seo/page-metadata";

export type DetailPageProps = { params: Promise<{ slug: string }> };

const slugParam = z.string().max(SLUG_MAX).regex(SLUG_PATTERN);

/**
 * The reads of a public detail page by slug: its metadata and its entry, null when missing; the page
 * then renders components/errors/in-page-not-found.tsx (a complete 404 page without JavaScript,
 * which notFound() alone is not in Next 16). `load` is the type's cached read (lib/<domain>/cached.ts).
 */
export function detailRoute<T>(
  listPath: string,
  load: (slug: string) => Promise<T | null>,
  /** Title and description in the page's language (a translation where the type has one). */
  describe: (entry: T, locale: Locale) => { title: string; description: string },
) {
  // Every stored slug has this form, so anything else (a NUL byte, 10,000 characters) is not found
  // without a query: PostgreSQL would refuse some of them with an error, not an empty result.
  const find = async (params: DetailPageProps["params"]) => {
    const slug = slugParam.safeParse((await params).slug);
    return slug.success ? load(slug.data) : null;
  };
  return {
    async generateMetadata({ params }: DetailPageProps): Promise<Metadata> {
      const entry = await find(params);
      return detailMetadata(entry ? { ...describe(entry, await pageLocale()), path: `${listPath}/${(await params).slug}` } : null);
    },
    entry({ params }: DetailPageProps): Promise<T | null> {
      return find(params);
    },
  };
}

/**
 * Metadata of a detail page: its canonical address and the Open Graph card (an article) that links shared in
 * messengers show. For a missing entry the page renders not-found.tsx, and its title must say so
 * too (WCAG 2.4.2), not fall back to the site name.
 */
async function detailMetadata(entry: { title: string; description: string; path: string } | null): Promise<Metadata> {
  if (entry) {
    return pageMetadata({ ...entry, type: "article" });
  }
  const t = await getTranslations("common.notFound");
  return { title: t("title"), robots: { index: false } };
}
