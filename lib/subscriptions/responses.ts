import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedTitleAndSummary, type TranslationValues } from "@/lib/content/translations";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizedPublicUrl } from "@/lib/seo/site-url";
import { buildDeadlineCalendar, type CalendarDeadline } from "./ics";
import { siteHost } from "./links";

// Calendar files are generated per request from the cached reads (lib/programme/cached.ts,
// stamps.ts), which edits invalidate by tag: no stale event survives an edit. Clients and proxies
// may keep a file for five minutes.
const CACHE_CONTROL = "public, max-age=300";

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}

export function atomResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": CACHE_CONTROL } });
}

interface DeadlineSource extends TranslationValues<"title" | "summary"> {
  id: string;
  slug: string;
  title: string;
  summary: string;
  deadline: string | null;
  updatedAt: string;
}

/**
 * The .ics text of some programmes' deadlines (those without one are left out), in `locale`: texts,
 * translated titles and summaries where there are any, and links to the pages in that language.
 */
export async function deadlineCalendar(name: string, pagePath: string, programmes: readonly DeadlineSource[], locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const t = await getTranslations({ locale, namespace: "deadlines.ics" });
  const page = (path: string) => localizedPublicUrl(path, locale);
  const deadlines: CalendarDeadline[] = programmes.flatMap((p) =>
    p.deadline
      ? [
          {
            id: p.id,
            ...localizedTitleAndSummary(p, locale),
            deadline: p.deadline,
            updatedAt: p.updatedAt,
            url: page(`/foerderprogramme/${p.slug}`),
          },
        ]
      : [],
  );
  const pageUrl = page(pagePath);
  return buildDeadlineCalendar({
    name,
    description: t("description", { url: pageUrl }),
    url: pageUrl,
    uidDomain: siteHost(env.SITE_URL),
    eventSummary: (title) => t("eventSummary", { title }),
    eventDescription: (entry) => t("eventDescription", { summary: entry.summary, url: entry.url }),
    deadlines,
  });
}
