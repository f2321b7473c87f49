import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/href";
import { NameLink } from "@/components/content/entry-link";
import { germanOnly } from "@/lib/content/translations";
import { getTranslations } from "next-intl/server";
import { getTopics } from "@/lib/taxonomy/cached";
import { pageMetadata } from "@/lib/seo/page-metadata";

// Cached; the topics' tag expires it when editors rename or reorder a Themenfeld.
export const revalidate = 86400;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("topics.index");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/themen" });
}

export default async function TopicsPage() {
  const [t, topics, locale] = await Promise.all([getTranslations("topics.index"), getTopics(), pageLocale()]);
  return (
    <>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {topics.map((topic) => (
          <li key={topic.slug} className="border border-line p-4">
            <h2 className="text-xl font-bold">
              <NameLink href={`/themen/${topic.slug}`} name={topic.name} />
            </h2>
            <p className="mt-1" lang={germanOnly(locale)}>
              {topic.description}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
