import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import type { ProgrammeDays, ProgrammeStatus } from "@/lib/programme/status";

const STYLES: Record<ProgrammeStatus, string> = {
  open: "border-open text-open",
  rolling: "border-rolling text-rolling",
  upcoming: "border-upcoming text-upcoming",
  closed: "border-closed text-closed",
};

interface Props extends ProgrammeDays {
  status: ProgrammeStatus;
  /** Days to an open programme's near deadline (lib/programme/deadline.ts), counted down in words. */
  daysLeft?: number | null;
}

/** The derived status in words, never only in colour (WCAG 1.4.1). */
export async function StatusBadge({ status, deadline, applicationStart, daysLeft = null }: Props) {
  const locale = await pageLocale();
  const t = await getTranslations("programmes.status");
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
  return (
    <p className="flex flex-wrap items-center gap-2" data-status={status}>
      <strong className={`inline-block border-2 px-2 py-0.5 text-sm font-bold uppercase tracking-wide ${STYLES[status]}`}>
        {t(status)}
      </strong>
      {daysLeft !== null && (
        <span className="text-sm font-bold" data-countdown={daysLeft}>
          {t("endsIn", { days: daysLeft })}
        </span>
      )}
      {detail && <span className="text-sm">{detail}</span>}
    </p>
  );
}
