import { getTranslations } from "next-intl/server";
import { statusView } from "@/components/programme/status-view";
import { DeadlineRows, type DeadlineRowView } from "./deadline-rows";
import { formatLongDay, formatMonth } from "@/lib/format";
import { germanText, localizedText, type TranslationValues } from "@/lib/content/translations";
import { markedMessage } from "@/components/content/marked-message";
import { pageLocale } from "@/lib/i18n/href";
import { localizedPath } from "@/lib/i18n/routing";
import type { ProgrammeStatus } from "@/lib/programme/status";

export interface DeadlineItem extends TranslationValues<"title"> {
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
  const titleOf = (row: DeadlineItem) => {
    const title = localizedText(row, "title", locale);
    return { title: title.text, ...(title.lang && { titleLang: title.lang }) };
  };
  const views = await Promise.all(
    groups.map(({ rows }) =>
      Promise.all(
        rows.map(
          async (row, i): Promise<DeadlineRowView> => ({
            slug: row.slug,
            href: localizedPath(locale, `/foerderprogramme/${row.slug}`),
            ...titleOf(row),
            deadline: row.deadline,
            deadlineText: t("deadlineOn", { date: formatLongDay(row.deadline, locale) }),
            anchor: rows[i - 1]?.deadline !== row.deadline,
            status: await statusView(row),
            fundingBody: markedMessage({ name: germanText(row.fundingBodyName, locale) }, (values) => t("fundingBody", values)),
          }),
        ),
      ),
    ),
  );
  return (
    <div data-testid="deadline-list">
      {groups.map((group, g) => (
        <section key={group.month} aria-labelledby={`monat-${group.month}`} className="mt-6">
          <h3 id={`monat-${group.month}`} className="border-b border-line pb-1 text-xl font-bold">
            {formatMonth(group.month, locale)}
          </h3>
          <DeadlineRows rows={views[g]!} />
        </section>
      ))}
    </div>
  );
}
