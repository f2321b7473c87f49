import { LocalLink } from "@/components/ui/local-link";
import { EntryLink, NameLink } from "@/components/content/entry-link";
import { inGerman } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import { germanText, localizedText } from "@/lib/content/translations";
import { getTranslations } from "next-intl/server";
import { EventWhen } from "@/components/event/event-when";
import { StatusBadge } from "@/components/programme/status-badge";
import { Section } from "@/components/ui/section";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { withSubscriptionLocale } from "@/lib/subscriptions/links";
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
  const calendarHref = withSubscriptionLocale(`/veranstaltungen/kalender.ics?thema=${encodeURIComponent(page.topic.slug)}`, locale);
  return (
    <div className="mt-10 grid gap-10">
      <EntrySection id="programmes" keys="programmes" section={page.programmes}>
        {(programme) => {
          const { status, daysLeft } = programmeTiming(programme, now);
          return (
            <>
              <EntryLink href={`/foerderprogramme/${programme.slug}`} entry={programme} className="font-semibold" />
              <p className="text-sm">{inGerman(programme.fundingBodyName, locale)}</p>
              <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} daysLeft={daysLeft} />
            </>
          );
        }}
      </EntrySection>
      <EntrySection id="advisors" keys="advisors" section={page.advisors}>
        {(advisor) => (
          <>
            <NameLink href={`/berater/${advisor.slug}`} name={advisor.name} personal={advisor.kind === "PERSON"} className="font-semibold" />
            <p className="text-sm">{inGerman(advisor.organisationName, locale)}</p>
          </>
        )}
      </EntrySection>
      <EntrySection id="providers" keys="providers" section={page.providers}>
        {(provider) => (
          <>
            <NameLink href={`/dienstleister/${provider.slug}`} name={provider.name} className="font-semibold" />
            <p className="text-sm">{markedMessage({ region: germanText(provider.regionName, locale) }, (values) => tp("seat", { town: provider.town, ...values }))}</p>
          </>
        )}
      </EntrySection>
      <EntrySection id="initiatives" keys="initiatives" section={page.initiatives}>
        {(initiative) => (
          <>
            <EntryLink href={`/initiativen/${initiative.slug}`} entry={initiative} className="font-semibold" />
            <p className="text-sm">
              {inGerman(initiative.responsibleBodyName, locale)} · {tf(initiative.phase)}
            </p>
            {initiative.milestones.length > 0 && (
              <ol className="mt-2 space-y-1 text-sm" aria-label={tt("initiatives.milestones", { title: localizedText(initiative, "title", locale).text })}>
                {initiative.milestones.map((milestone, index) => (
                  <li key={`${milestone.date}-${index}`}>
                    <time dateTime={milestone.date}>{formatDay(milestone.date, locale)}</time>
                    {" · "}
                    <strong>{isMilestoneDone(milestone, today) ? ti("done") : ti("upcoming")}</strong>
                    {" · "}
                    {inGerman(milestone.title, locale)}
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
            <EntryLink href={`/veranstaltungen/${event.slug}`} entry={event} className="font-semibold" />
            <p className="text-sm">
              <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} /> · {inGerman(event.organiserName, locale)}
            </p>
          </>
        )}
      </EntrySection>
      <EntrySection id="news" keys="news" section={page.news}>
        {(item) => (
          <>
            <EntryLink href={`/aktuelles/${item.slug}`} entry={item} className="font-semibold" />
            <p className="text-sm">
              <time dateTime={item.date}>{formatDay(item.date, locale)}</time> · {tk(item.kind)}
            </p>
          </>
        )}
      </EntrySection>
    </div>
  );
}
