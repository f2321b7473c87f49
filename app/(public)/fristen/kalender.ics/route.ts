import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { subscriptionLocale } from "@/lib/subscriptions/language";
import { FRISTEN_PATH, rawParamsOf } from "@/lib/subscriptions/links";
import { selectProgrammes } from "@/lib/subscriptions/programme-selection";
import { calendarResponse, deadlineCalendar } from "@/lib/subscriptions/responses";

// The deadlines of any programme-list selection as an iCalendar file (webcal: subscription or
// download): /fristen/kalender.ics?foerderart=zuschuss&gebiet=… takes the list's parameters;
// unknown ones are ignored. Past deadlines of the selection stay in the file, so a subscribed
// calendar keeps them instead of losing the event the day after. `lang=fr|en`: in that language
// (lib/subscriptions/language.ts).
export async function GET(request: NextRequest) {
  const language = await subscriptionLocale(request.nextUrl.searchParams);
  if ("refusal" in language) return language.refusal;
  const { locale } = language;
  const raw = rawParamsOf(request.nextUrl.searchParams);
  const [selection, t] = await Promise.all([selectProgrammes(raw), getTranslations({ locale, namespace: "deadlines.ics" })]);
  const name = selection.filterQuery ? t("filteredName") : t("allName");
  const body = await deadlineCalendar(name, `${FRISTEN_PATH}${selection.filterQuery}`, selection.programmes, locale);
  return calendarResponse(body, "fristen.ics");
}
