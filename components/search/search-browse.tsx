import Link from "next/link";
import { getTranslations } from "next-intl/server";

interface Props {
  topics: { slug: string; name: string }[];
  headingLevel?: "h2" | "h3";
}

/** Ways to find something without a search: the three directories and the eight Themenfelder. */
export async function SearchBrowse({ topics, headingLevel: Heading = "h2" }: Props) {
  const t = await getTranslations();
  const directories = [
    { href: "/foerderprogramme", label: t("common.nav.programmes") },
    { href: "/berater", label: t("common.nav.advisors") },
    { href: "/dienstleister", label: t("common.nav.providers") },
  ];
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-[1fr_2fr]">
      <section aria-labelledby="durchblaettern">
        <Heading id="durchblaettern" className="text-xl font-bold">
          {t("search.browse.directoriesHeading")}
        </Heading>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {directories.map((d) => (
            <li key={d.href}>
              <Link href={d.href}>{d.label}</Link>
            </li>
          ))}
        </ul>
      </section>
      {topics.length > 0 && (
        <section aria-labelledby="themenfelder">
          <Heading id="themenfelder" className="text-xl font-bold">
            {t("search.browse.topicsHeading")}
          </Heading>
          <ul className="mt-2 grid list-disc gap-x-8 gap-y-1 pl-6 sm:grid-cols-2">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/foerderprogramme?thema=${encodeURIComponent(topic.slug)}`}>{topic.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
