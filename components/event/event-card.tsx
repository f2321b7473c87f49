import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import type { EventCardDTO } from "@/lib/event/dto";
import { eventWhen } from "./event-when";

interface Props {
  event: EventCardDTO;
  headingLevel?: "h2" | "h3";
}

/** One event in a list: title, when, where (or "online"), organiser and costs. */
export async function EventCard({ event, headingLevel = "h3" }: Props) {
  const [t, when] = await Promise.all([getTranslations(), eventWhen(event.startsAt, event.endsAt)]);
  const place = event.format === "ONLINE" ? t("events.card.online") : [event.venueName, event.town].filter(Boolean).join(", ");
  return (
    <LocalCard
      view={{
        type: "veranstaltungen",
        href: `/veranstaltungen/${event.slug}`,
        heading: headingLevel,
        title: event.title,
        below: { tone: "strong", parts: [when] },
        summary: event.summary,
        facts: [
          { name: "format", label: t("events.card.format"), value: t(`facets.eventFormat.${event.format}`) },
          ...(place ? [{ name: "place", label: t("events.card.where"), value: place }] : []),
          { name: "organiser", label: t("events.card.organiser"), value: event.organiserName },
          ...(event.costs ? [{ label: t("events.card.costs"), value: event.costs }] : []),
        ],
      }}
    />
  );
}
