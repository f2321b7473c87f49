import "server-only";
import { getTranslations } from "next-intl/server";
import type { StatusView } from "@/components/cards/card-view";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import type { ProgrammeDays, ProgrammeStatus } from "@/lib/programme/status";

export interface StatusInput extends ProgrammeDays {
  status: ProgrammeStatus;
  /** Days to an open programme's near deadline (lib/programme/deadline.ts), counted down in words. */
  daysLeft?: number | null;
}

/** The derived status in words: label, countdown and the date it hangs on. */
export async function statusView({ status, deadline, applicationStart, daysLeft = null }: StatusInput): Promise<StatusView> {
  const [t, locale] = await Promise.all([getTranslations("programmes.status"), pageLocale()]);
  const detail =
    status === "open" && deadline
      ? t("openUntil", { date: formatDay(deadline, locale) })
      : status === "rolling"
        ? t("rollingHint")
        : status === "upcoming" && applicationStart
          ? t("upcomingFrom", { date: formatDay(applicationStart, locale) })
          : status === "closed" && deadline
            ? t("closedSince", { date: formatDay(deadline, locale) })
            : null;
  return {
    status,
    label: t(status),
    ...(daysLeft !== null && { countdown: { days: daysLeft, text: t("endsIn", { days: daysLeft }) } }),
    ...(detail && { detail }),
  };
}
