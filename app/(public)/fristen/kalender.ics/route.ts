import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { FRISTEN_PATH, rawParamsOf } from "@/lib/subscriptions/links";
import { selectProgrammes } from "@/lib/subscriptions/programme-selection";
import { calendarResponse, deadlineCalendar } from "@/lib/subscriptions/responses";

// The deadlines of any programme-list selection as an iCalendar file (webcal: subscription or
// download): /fristen/kalender.ics?foerderart=zuschuss&gebiet=… takes the list's parameters;
// unknown ones are ignored. Past deadlines of the selection stay in the file, so a subscribed
// calendar keeps them instead of losing the event the day after.
export async function GET(request: NextRequest) {
  const raw = rawParamsOf(request.nextUrl.searchParams);
  const [selection, t] = await Promise.all([selectProgrammes(raw), getTranslations({ locale: DEFAULT_LOCALE, namespace: "deadlines.ics" })]);
  const name = selection.filterQuery ? t("filteredName") : t("allName");
  const body = await deadlineCalendar(name, `${FRISTEN_PATH}${selection.filterQuery}`, selection.programmes);
  return calendarResponse(body, "fristen.ics");
}
