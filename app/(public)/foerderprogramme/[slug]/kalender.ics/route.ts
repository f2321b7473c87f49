import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";
import { localizedText } from "@/lib/content/translations";
import { subscriptionLocale } from "@/lib/subscriptions/language";
import { getProgramme } from "@/lib/programme/cached";
import { getProgrammeStamps } from "@/lib/programme/stamps";
import { calendarResponse, deadlineCalendar } from "@/lib/subscriptions/responses";

// One programme's deadline as an iCalendar file ("Frist in meinen Kalender"). A published
// programme without a deadline (or whose deadline was removed) gives a valid calendar without
// events, so a subscription keeps working; an unknown slug is a 404. `lang=fr|en`: in that
// language (lib/subscriptions/language.ts).
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const language = await subscriptionLocale(request.nextUrl.searchParams);
  if ("refusal" in language) return language.refusal;
  const { locale } = language;
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: "deadlines.ics" });
  // Every stored slug has this form; anything else is not looked up (see lib/detail-route.ts).
  const valid = slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
  const [programme, stamps] = valid ? await Promise.all([getProgramme(slug), getProgrammeStamps()]) : [null, []];
  const stamp = stamps.find((s) => s.slug === slug);
  if (!programme || !stamp) return problemResponse(404, t("notFound"), { code: "NOT_FOUND" }, { "Cache-Control": "no-store" });
  const body = await deadlineCalendar(
    t("programmeName", { title: localizedText(programme, "title", locale).text }),
    `/foerderprogramme/${slug}`,
    [{ ...programme, id: stamp.id, updatedAt: stamp.updatedAt }],
    locale,
  );
  return calendarResponse(body, `frist-${slug}.ics`);
}
