import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { getEvent } from "@/lib/event/cached";
import { eventCalendar, eventCalendarResponse } from "@/lib/event/calendar";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";

// One event as an iCalendar file ("In den Kalender übernehmen"); an unknown or unpublished slug is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Every stored slug has this form; anything else is not looked up (see lib/detail-route.ts).
  const valid = slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
  const event = valid ? await getEvent(slug) : null;
  if (!event) {
    const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "common.notFound" });
    return problemResponse(404, t("title"), { code: "NOT_FOUND" }, { "Cache-Control": "no-store" });
  }
  const body = await eventCalendar(`/veranstaltungen/${slug}`, [event], event.title);
  return eventCalendarResponse(body, `veranstaltung-${slug}.ics`);
}
