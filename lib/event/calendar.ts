import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedTitleAndSummary, type TranslationValues } from "@/lib/content/translations";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizedPublicUrl } from "@/lib/seo/site-url";
import { siteHost } from "@/lib/subscriptions/links";
import { buildEventCalendar, type CalendarEvent } from "./ics";

// The .ics answers, generated per request from the cached reads (lib/event/cached.ts), which
// edits invalidate by tag. Clients and proxies may keep a file for five minutes.
type Source = TranslationValues<"title" | "summary"> & {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  updatedAt: string;
  format: string;
  venueName: string | null;
  street?: string | null;
  postalCode?: string | null;
  town: string | null;
  onlineUrl?: string | null;
};

const location = (e: Source): string | null =>
  e.format === "ONLINE"
    ? (e.onlineUrl ?? null)
    : [e.venueName, e.street, [e.postalCode, e.town].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null;

/** In `locale`: texts, translated titles and summaries where there are any, links to the pages in that language. */
export async function eventCalendar(pagePath: string, events: readonly Source[], name?: string, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const t = await getTranslations({ locale, namespace: "events.calendar" });
  const site = env.SITE_URL;
  const page = (path: string) => localizedPublicUrl(path, locale);
  const entries: CalendarEvent[] = events.map((e) => ({
    id: e.id,
    ...localizedTitleAndSummary(e, locale),
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    location: location(e),
    updatedAt: e.updatedAt,
    url: page(`/veranstaltungen/${e.slug}`),
  }));
  return buildEventCalendar({ name: name ?? t("name"), description: t("description"), url: page(pagePath), uidDomain: siteHost(site), events: entries });
}

export function eventCalendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
