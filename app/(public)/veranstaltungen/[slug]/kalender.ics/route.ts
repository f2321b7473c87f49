import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { localizedText } from "@/lib/content/translations";
import { getEvent } from "@/lib/event/cached";
import { eventCalendar, eventCalendarResponse } from "@/lib/event/calendar";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { subscriptionLocale } from "@/lib/subscriptions/language";

// One event as an iCalendar file ("In den Kalender übernehmen"); an unknown or unpublished slug is
// a 404. `lang=fr|en`: in that language (lib/subscriptions/language.ts).
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const language = await subscriptionLocale(request.nextUrl.searchParams);
  if ("refusal" in language) return language.refusal;
  const { slug } = await params;
  // Every stored slug has this form; anything else is not looked up (see lib/detail-route.ts).
  const valid = slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
  const event = valid ? await getEvent(slug) : null;
  if (!event) {
    const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "common.notFound" });
    return problemResponse(404, t("title"), { code: "NOT_FOUND" }, { "Cache-Control": "no-store" });
  }
  const body = await eventCalendar(`/veranstaltungen/${slug}`, [event], localizedText(event, "title", language.locale).text, language.locale);
  return eventCalendarResponse(body, `veranstaltung-${slug}.ics`);
}
