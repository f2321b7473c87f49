import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { EventWhen } from "@/components/event/event-when";
import { StatusBadge } from "@/components/programme/status-badge";
import { Section } from "@/components/ui/section";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { isMilestoneDone } from "@/lib/initiative/milestones";
import { programmeTiming } from "@/lib/programme/deadline";
import type { TopicPage, TopicSection } from "@/lib/topic-page/page";

type Keys = "programmes" | "advisors" | "providers" | "initiatives" | "events" | "news";

/** One section of a Themenfeld page: a few entries, then the link to the whole filtered list. */
async function EntrySection<T>({
  id,
  section,
  keys,
  children,
  after,
}: {
  id: Keys;
  section: TopicSection<T>;
  keys: Keys;
  children: (entry: T) => React.ReactNode;
  after?: React.ReactNode;
}) {
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
            <LocalLink href={section.listHref}>{t("all", { count: section.total })}</LocalLink>
          </p>
        </>
      )}
      {after}
    </Section>
  );
}

export async function TopicSections({ page, now, today }: { page: TopicPage; now: Date; today: string }) {
  const locale = await pageLocale();
  const [tp, ti, tt, tf, tk] = await Promise.all([
    getTranslations("providers.detail"),
    getTranslations("initiatives.detail"),
    getTranslations("topics.page"),
    getTranslations("facets.initiativePhase"),
    getTranslations("facets.newsKind"),
  ]);
  const calendarHref = `/veranstaltungen/kalender.ics?thema=${encodeURIComponent(page.topic.slug)}`;
  return (
    <div className="mt-10 grid gap-10">
      <EntrySection id="programmes" keys="programmes" section={page.programmes}>
        {(programme) => {
          const { status, daysLeft } = programmeTiming(programme, now);
          return (
            <>
              <LocalLink href={`/foerderprogramme/${programme.slug}`} className="font-semibold">
                {programme.title}
              </LocalLink>
              <p className="text-sm">{programme.fundingBodyName}</p>
              <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} daysLeft={daysLeft} />
            </>
          );
        }}
      </EntrySection>
      <EntrySection id="advisors" keys="advisors" section={page.advisors}>
        {(advisor) => (
          <>
            <LocalLink href={`/berater/${advisor.slug}`} className="font-semibold">
              {advisor.name}
            </LocalLink>
            <p className="text-sm">{advisor.organisationName}</p>
          </>
        )}
      </EntrySection>
      <EntrySection id="providers" keys="providers" section={page.providers}>
        {(provider) => (
          <>
            <LocalLink href={`/dienstleister/${provider.slug}`} className="font-semibold">
              {provider.name}
            </LocalLink>
            <p className="text-sm">{tp("seat", { town: provider.town, region: provider.regionName })}</p>
          </>
        )}
      </EntrySection>
      <EntrySection id="initiatives" keys="initiatives" section={page.initiatives}>
        {(initiative) => (
          <>
            <LocalLink href={`/initiativen/${initiative.slug}`} className="font-semibold">
              {initiative.title}
            </LocalLink>
            <p className="text-sm">
              {initiative.responsibleBodyName} · {tf(initiative.phase)}
            </p>
            {initiative.milestones.length > 0 && (
              <ol className="mt-2 space-y-1 text-sm" aria-label={tt("initiatives.milestones", { title: initiative.title })}>
                {initiative.milestones.map((milestone, index) => (
                  <li key={`${milestone.date}-${index}`}>
                    <time dateTime={milestone.date}>{formatDay(milestone.date, locale)}</time>
                    {" · "}
                    <strong>{isMilestoneDone(milestone, today) ? ti("done") : ti("upcoming")}</strong>
                    {" · "}
                    {milestone.title}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </EntrySection>
      <EntrySection
        id="events"
        keys="events"
        section={page.events}
        after={
          <p className="mt-2">
            <a href={calendarHref} type="text/calendar">
              {tt("events.calendar")}
            </a>
          </p>
        }
      >
        {(event) => (
          <>
            <LocalLink href={`/veranstaltungen/${event.slug}`} className="font-semibold">
              {event.title}
            </LocalLink>
            <p className="text-sm">
              <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} /> · {event.organiserName}
            </p>
          </>
        )}
      </EntrySection>
      <EntrySection id="news" keys="news" section={page.news}>
        {(item) => (
          <>
            <LocalLink href={`/aktuelles/${item.slug}`} className="font-semibold">
              {item.title}
            </LocalLink>
            <p className="text-sm">
              <time dateTime={item.date}>{formatDay(item.date, locale)}</time> · {tk(item.kind)}
            </p>
          </>
        )}
      </EntrySection>
    </div>
  );
}
