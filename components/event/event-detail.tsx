import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { DetailHeader } from "@/components/ui/detail-header";
import { ExternalLink } from "@/components/ui/external-link";
import { FactList } from "@/components/ui/fact-list";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { VerifiedNote } from "@/components/ui/verified-note";
import type { EventDetailDTO } from "@/lib/event/dto";
import { hasVenue } from "@/lib/event/schema";
import { formatInstantDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { withSubscriptionLocale } from "@/lib/subscriptions/links";
import { translationNote } from "@/components/content/translation-note";
import { localizedText } from "@/lib/content/translations";
import { inGerman } from "@/components/content/german";
import { EventWhen } from "./event-when";

type Props = {
  event: EventDetailDTO;
  /** derived from endsAt by the page at render time (never stored) */
  past: boolean;
};

/** The event's public detail: the public page and the editor preview render exactly this. */
export async function EventDetail({ event, past }: Props) {
  const locale = await pageLocale();
  // French and English readers get the event's translations; missing ones are German, marked (issue 20).
  const title = localizedText(event, "title", locale);
  const summary = localizedText(event, "summary", locale);
  const description = localizedText(event, "description", locale);
  const note = await translationNote(locale, [title, summary, description]);
  const t = await getTranslations();
  const organiser = event.organiser;
  const address = [event.street, [event.postalCode, event.town].filter(Boolean).join(" ")].filter(Boolean).join(", ");

  return (
    <article>
      <DetailHeader
        list={{ href: "/veranstaltungen", label: t("events.list.title") }}
        kicker={inGerman(organiser.name, locale)}
        title={title.text}
        titleLang={title.lang}
        summary={summary.text}
        summaryLang={summary.lang}
        note={note}
      >
        <p className="mt-2 text-xl font-semibold">
          <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} />
        </p>
        {past && (
          <p className="mt-4 border-l-8 border-line pl-4 font-bold" data-testid="past-event">
            {t("events.detail.pastNote")}
          </p>
        )}
      </DetailHeader>

      <div className="mt-8 space-y-8">
        <Section id="facts" title={t("events.detail.factsHeading")}>
          <FactList
            facts={[
              { label: t("events.detail.when"), value: <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} /> },
              { label: t("events.detail.format"), value: t(`facets.eventFormat.${event.format}`) },
              {
                label: t("events.detail.venue"),
                value: hasVenue(event.format) && (event.venueName || address) ? (
                  <>
                    {event.venueName && inGerman(event.venueName, locale)}
                    {address && (
                      <>
                        <br />
                        {address}
                      </>
                    )}
                  </>
                ) : null,
              },
              {
                label: t("events.detail.online"),
                value: event.onlineUrl && !past ? <ExternalLink href={event.onlineUrl}>{t("events.detail.onlineLink")}</ExternalLink> : null,
              },
              // The editors' texts and the names of organisations, Themenfelder and regions are German.
              { label: t("events.detail.costs"), value: event.costs && inGerman(event.costs, locale) },
              {
                label: t("events.detail.organiser"),
                value: organiser.website ? <ExternalLink href={organiser.website}>{inGerman(organiser.name, locale)}</ExternalLink> : inGerman(organiser.name, locale),
              },
              {
                label: t("events.detail.registration"),
                value: event.registrationUrl && !past ? <ExternalLink href={event.registrationUrl}>{t("events.detail.registrationLink")}</ExternalLink> : null,
              },
              { label: t("events.detail.topics"), value: inGerman(event.topics.map((x) => x.name).join(", "), locale) },
              { label: t("events.detail.targetGroups"), value: event.targetGroups.map((g) => t(`facets.targetGroup.${g}`)).join(", ") },
              { label: t("events.detail.regions"), value: inGerman(event.regions.map((x) => x.name).join(", "), locale) },
            ]}
          />
          {!past && (
            <p className="mt-4">
              <a href={withSubscriptionLocale(`/veranstaltungen/${event.slug}/kalender.ics`, locale)}>{t("events.detail.calendar")}</a>
            </p>
          )}
        </Section>
        <Section id="description" title={t("events.detail.descriptionHeading")}>
          <RichText text={description.text} lang={description.lang} />
        </Section>
        <VerifiedNote
          heading={t("events.detail.verifiedHeading")}
          note={event.lastVerifiedAt ? t("events.detail.verifiedNote", { date: formatInstantDay(event.lastVerifiedAt, locale) }) : t("events.detail.unverifiedNote")}
        />
        <p>
          <LocalLink href="/veranstaltungen">{t("events.detail.allEvents")}</LocalLink>
        </p>
      </div>
    </article>
  );
}
