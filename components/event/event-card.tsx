import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EventCardDTO } from "@/lib/event/dto";
import { EventWhen } from "./event-when";

interface Props {
  event: EventCardDTO;
  headingLevel?: "h2" | "h3";
}

/** One event in a list: title, when, where (or "online"), organiser and costs. */
export async function EventCard({ event, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations();
  const place = event.format === "ONLINE" ? t("events.card.online") : [event.venueName, event.town].filter(Boolean).join(", ");
  return (
    <article className="border-b border-line py-5" data-type="veranstaltungen">
      <Heading className="text-lg font-bold">
        <Link href={`/veranstaltungen/${event.slug}`}>{event.title}</Link>
      </Heading>
      <p className="font-semibold">
        <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} />
      </p>
      <p className="mt-2">{event.summary}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("events.card.format")}</dt>
        <dd data-fact="format">{t(`facets.eventFormat.${event.format}`)}</dd>
        {place && (
          <>
            <dt className="font-semibold">{t("events.card.where")}</dt>
            <dd data-fact="place">{place}</dd>
          </>
        )}
        <dt className="font-semibold">{t("events.card.organiser")}</dt>
        <dd data-fact="organiser">{event.organiserName}</dd>
        {event.costs && (
          <>
            <dt className="font-semibold">{t("events.card.costs")}</dt>
            <dd>{event.costs}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
