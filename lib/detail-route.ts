import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

export type DetailPageProps = { params: Promise<{ slug: string }> };

/**
 * The reads of a public detail page by slug: its metadata and its entry, which renders not-found.tsx
 * when missing. `load` is the type's cached read (lib/<domain>/cached.ts).
 */
export function detailRoute<T>(load: (slug: string) => Promise<T | null>, describe: (entry: T) => { title: string; description: string }) {
  return {
    async generateMetadata({ params }: DetailPageProps): Promise<Metadata> {
      const entry = await load((await params).slug);
      return detailMetadata(entry ? describe(entry) : null);
    },
    async entry({ params }: DetailPageProps): Promise<T> {
      const entry = await load((await params).slug);
      if (!entry) notFound();
      return entry;
    },
  };
}

/**
 * Metadata of a detail page. For a missing entry the page renders not-found.tsx, and its title
 * must say so too (WCAG 2.4.2), not fall back to the site name.
 */
async function detailMetadata(entry: { title: string; description: string } | null): Promise<Metadata> {
  if (entry) return entry;
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}
