import { LocalLink } from "@/components/ui/local-link";
import { NameLink } from "@/components/content/entry-link";
import { germanOnly } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import { getTranslations } from "next-intl/server";
import type { TopicDTO } from "@/lib/taxonomy/dto";

interface Counts {
  programmes: number;
  openProgrammes: number;
  advisors: number;
  providers: number;
}

/** The three directories with their sizes, and the eight Themenfelder leading to their programmes. */
export async function Directories({ counts, topics }: { counts: Counts; topics: readonly TopicDTO[] }) {
  const [t, locale] = await Promise.all([getTranslations("home"), pageLocale()]);
  const cards = [
    { href: "/foerderprogramme", title: t("programmes.title"), text: t("programmes.text", { count: counts.programmes, open: counts.openProgrammes }) },
    { href: "/berater", title: t("advisors.title"), text: t("advisors.text", { count: counts.advisors }) },
    { href: "/dienstleister", title: t("providers.title"), text: t("providers.text", { count: counts.providers }) },
  ];
  return (
    <>
      <section aria-labelledby="directories" className="mt-12">
        <h2 id="directories" className="text-2xl font-bold">
          {t("directoriesHeading")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("intro")}</p>
        <ul className="mt-4 grid gap-6 md:grid-cols-3">
          {cards.map((card) => (
            <li key={card.href} className="border-t-8 border-brand-600 bg-brand-50 p-5">
              <h3 className="text-xl font-bold">
                <LocalLink href={card.href}>{card.title}</LocalLink>
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
              <NameLink href={`/themen/${topic.slug}`} name={topic.name} className="font-semibold" />
              <p className="mt-1 text-sm" lang={germanOnly(locale)}>
                {topic.description}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
