import { EventDetail } from "@/components/event/event-detail";
import { JsonLd } from "@/components/ui/json-ld";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { localizedText } from "@/lib/content/translations";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getEvent } from "@/lib/event/cached";
import { isPastEvent, nextEventEnd } from "@/lib/event/timing";
import { eventJsonLd } from "@/lib/seo/json-ld-activities";
import { pageAddress } from "@/lib/seo/site-url";
import { pageLocale } from "@/lib/i18n/href";

// Rendered on first request, then cached; edits revalidate it by tag, and the cached page expires
// at the event's end, when it becomes a past event (the note, no registration link).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/veranstaltungen", getEvent, (event, locale) => ({
  title: localizedText(event, "title", locale).text,
  description: localizedText(event, "summary", locale).text,
}));
export const generateMetadata = route.generateMetadata;

export default async function EventPage(props: DetailPageProps) {
  const event = await route.entry(props);
  if (!event) return <InPageNotFound />;
  const now = new Date();
  await expireRenderAt(nextEventEnd([event], now));
  const past = isPastEvent(event, now);
  const locale = await pageLocale();
  return (
    <>
      <JsonLd data={eventJsonLd(event, pageAddress(`/veranstaltungen/${event.slug}`, locale), past)} />
      <EventDetail event={event} past={past} />
    </>
  );
}
