import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { getDirectoryCounts } from "@/lib/directory-counts";
import { getTopics } from "@/lib/taxonomy/cached";

// Cached like the directories: edits revalidate it by tag, and it expires when a programme's
// status changes, because it shows how many programmes are open now.
export const revalidate = 3600;

export default async function HomePage() {
  const [t, counts, topics] = await Promise.all([getTranslations("home"), getDirectoryCounts(), getTopics()]);
  await expireRenderAt(counts.validUntil);
  const cards = [
    { href: "/foerderprogramme", title: t("programmes.title"), text: t("programmes.text", { count: counts.programmes, open: counts.openProgrammes }) },
    { href: "/berater", title: t("advisors.title"), text: t("advisors.text", { count: counts.advisors }) },
    { href: "/dienstleister", title: t("providers.title"), text: t("providers.text", { count: counts.providers }) },
  ];
  return (
    <>
      <h1 className="max-w-4xl text-3xl font-bold md:text-5xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-xl">{t("intro")}</p>

      <section aria-labelledby="directories" className="mt-10">
        <h2 id="directories" className="text-2xl font-bold">
          {t("directoriesHeading")}
        </h2>
        <ul className="mt-4 grid gap-6 md:grid-cols-3">
          {cards.map((card) => (
            <li key={card.href} className="border-t-8 border-brand-600 bg-brand-50 p-5">
              <h3 className="text-xl font-bold">
                <Link href={card.href}>{card.title}</Link>
              </h3>
              <p className="mt-2">{card.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="topics" className="mt-12">
        <h2 id="topics" className="text-2xl font-bold">
          {t("topicsHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("topicsIntro")}</p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {topics.map((topic) => (
            <li key={topic.slug} className="border border-line p-4">
              <Link href={`/foerderprogramme?thema=${topic.slug}`} className="font-semibold">
                {topic.name}
              </Link>
              <p className="mt-1 text-sm">{topic.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="freshness" className="mt-12 max-w-3xl">
        <h2 id="freshness" className="text-2xl font-bold">
          {t("freshnessHeading")}
        </h2>
        <p className="mt-2">{t("freshnessText")}</p>
      </section>
    </>
  );
}
