import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/status-badge";
import { formatLongDay, formatMonth } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import type { ProgrammeStatus } from "@/lib/programme/status";

export interface DeadlineItem {
  slug: string;
  title: string;
  deadline: string;
  applicationStart: string | null;
  fundingBodyName: string;
  status: ProgrammeStatus;
  daysLeft: number | null;
}

/** The upcoming deadlines grouped by month, nearest first; the first entry of each day is anchored as tag-<day>. */
export async function DeadlineList({ groups }: { groups: { month: string; rows: DeadlineItem[] }[] }) {
  const locale = await pageLocale();
  const t = await getTranslations("deadlines.page");
  return (
    <div data-testid="deadline-list">
      {groups.map((group) => (
        <section key={group.month} aria-labelledby={`monat-${group.month}`} className="mt-6">
          <h3 id={`monat-${group.month}`} className="border-b border-line pb-1 text-xl font-bold">
            {formatMonth(group.month, locale)}
          </h3>
          <ul>
            {group.rows.map((row, i) => (
              <li
                key={row.slug}
                id={group.rows[i - 1]?.deadline === row.deadline ? undefined : `tag-${row.deadline}`}
                className="border-b border-line py-4"
                data-deadline={row.deadline}
              >
                <p className="text-sm font-semibold">
                  <time dateTime={row.deadline}>{t("deadlineOn", { date: formatLongDay(row.deadline, locale) })}</time>
                </p>
                <p className="text-lg font-bold">
                  <Link href={`/foerderprogramme/${row.slug}`}>{row.title}</Link>
                </p>
                <StatusBadge status={row.status} deadline={row.deadline} applicationStart={row.applicationStart} daysLeft={row.daysLeft} />
                <p className="mt-1 text-sm text-muted">{t("fundingBody", { name: row.fundingBodyName })}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
