import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/status-badge";
import { Section } from "@/components/ui/section";
import { programmeTiming } from "@/lib/programme/deadline";
import type { TopicPage, TopicSection } from "@/lib/topic-page/page";

type Keys = "programmes" | "advisors" | "providers";

/** One section of a Themenfeld page: a few entries, then the link to the whole filtered list. */
async function EntrySection<T>({ id, section, keys, children }: { id: Keys; section: TopicSection<T>; keys: Keys; children: (entry: T) => React.ReactNode }) {
  const t = await getTranslations(`topics.page.${keys}`);
  return (
    <Section id={id} title={t("heading")}>
      {section.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="max-w-3xl">{t("intro")}</p>
          <ul className="mt-3 space-y-4" data-testid={`topic-${id}`}>
            {section.entries.map((entry, index) => (
              <li key={index} className="min-w-0 border-l-4 border-line pl-3">
                {children(entry)}
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href={section.listHref}>{t("all", { count: section.total })}</Link>
          </p>
        </>
      )}
    </Section>
  );
}

export async function TopicSections({ page, now }: { page: TopicPage; now: Date }) {
  const tp = await getTranslations("providers.detail");
  return (
    <div className="mt-10 grid gap-10">
      <EntrySection id="programmes" keys="programmes" section={page.programmes}>
        {(programme) => {
          const { status, daysLeft } = programmeTiming(programme, now);
          return (
            <>
              <Link href={`/foerderprogramme/${programme.slug}`} className="font-semibold">
                {programme.title}
              </Link>
              <p className="text-sm">{programme.fundingBodyName}</p>
              <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} daysLeft={daysLeft} />
            </>
          );
        }}
      </EntrySection>
      <EntrySection id="advisors" keys="advisors" section={page.advisors}>
        {(advisor) => (
          <>
            <Link href={`/berater/${advisor.slug}`} className="font-semibold">
              {advisor.name}
            </Link>
            <p className="text-sm">{advisor.organisationName}</p>
          </>
        )}
      </EntrySection>
      <EntrySection id="providers" keys="providers" section={page.providers}>
        {(provider) => (
          <>
            <Link href={`/dienstleister/${provider.slug}`} className="font-semibold">
              {provider.name}
            </Link>
            <p className="text-sm">{tp("seat", { town: provider.town, region: provider.regionName })}</p>
          </>
        )}
      </EntrySection>
    </div>
  );
}
