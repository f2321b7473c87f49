import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";

type HeadingLevel = "h2" | "h3";

interface Props {
  topics: { slug: string; name: string }[];
  headingLevel?: HeadingLevel;
}

/** Ways to find something without a search: the three directories and the eight Themenfelder. */
export async function SearchBrowse({ topics, headingLevel = "h2" }: Props) {
  const t = await getTranslations();
  const directories = [
    { href: "/foerderprogramme", label: t("common.nav.programmes") },
    { href: "/berater", label: t("common.nav.advisors") },
    { href: "/dienstleister", label: t("common.nav.providers") },
  ];
  return (
    <div className="mt-8 grid gap-8 md:grid-cols-[1fr_2fr]">
      <LinkSection id="durchblaettern" heading={t("search.browse.directoriesHeading")} headingLevel={headingLevel} listClassName="mt-2 list-disc space-y-1 pl-6" links={directories} />
      {topics.length > 0 && (
        <LinkSection
          id="themenfelder"
          heading={t("search.browse.topicsHeading")}
          headingLevel={headingLevel}
          listClassName="mt-2 grid list-disc gap-x-8 gap-y-1 pl-6 sm:grid-cols-2"
          links={topics.map((topic) => ({ href: `/foerderprogramme?thema=${encodeURIComponent(topic.slug)}`, label: topic.name }))}
        />
      )}
    </div>
  );
}

type LinkSectionProps = { id: string; heading: string; headingLevel: HeadingLevel; listClassName: string; links: { href: string; label: string }[] };

function LinkSection({ id, heading, headingLevel: Heading, listClassName, links }: LinkSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Heading id={id} className="text-xl font-bold">
        {heading}
      </Heading>
      <ul className={listClassName}>
        {links.map((link) => (
          <li key={link.href}>
            <LocalLink href={link.href}>{link.label}</LocalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
