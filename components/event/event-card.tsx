import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import { germanMark, localizedText } from "@/lib/content/translations";
import type { EventCardDTO } from "@/lib/event/dto";
import { pageLocale } from "@/lib/i18n/href";
import { eventWhen } from "./event-when";

interface Props {
  event: EventCardDTO;
  headingLevel?: "h2" | "h3";
}

/** One event in a list: title, when, where (or "online"), organiser and costs (places, names and costs German only). */
export async function EventCard({ event, headingLevel = "h3" }: Props) {
  const [t, when, locale] = await Promise.all([getTranslations(), eventWhen(event.startsAt, event.endsAt), pageLocale()]);
  const title = localizedText(event, "title", locale);
  const summary = localizedText(event, "summary", locale);
  const german = germanMark(locale);
  const place = event.format === "ONLINE" ? { value: t("events.card.online") } : { value: [event.venueName, event.town].filter(Boolean).join(", "), ...german };
  return (
    <LocalCard
      view={{
        href: `/veranstaltungen/${event.slug}`,
        heading: headingLevel,
        title: title.text,
        below: { tone: "strong", parts: [when] },
        summary: summary.text,
        facts: [
          { label: t("events.card.format"), value: t(`facets.eventFormat.${event.format}`) },
          ...(place.value ? [{ label: t("events.card.where"), ...place }] : []),
          { label: t("events.card.organiser"), value: event.organiserName, ...german },
          ...(event.costs ? [{ label: t("events.card.costs"), value: event.costs, ...german }] : []),
        ],
      }}
      original={{ title: title.lang, summary: summary.lang }}
    />
  );
}
