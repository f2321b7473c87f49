import { EntryLink } from "@/components/content/entry-link";
import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { StatusBadge } from "@/components/programme/status-badge";
import { formatInstantDay } from "@/lib/format";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import { pageLocale } from "@/lib/i18n/href";
import { hitPath } from "@/lib/search/query-params";
import type { VerifiedEntryDTO } from "@/lib/start-page/dto";

// The day of the check is shown as a date, not "vor 3 Tagen", so the cached page never goes stale by
// itself; a programme's status is derived with the page's "now", and the start page expires at any
// programme's next status change (lib/start-page/deadlines.ts).
export async function RecentlyVerified({ entries, now }: { entries: readonly VerifiedEntryDTO[]; now: Date }) {
  const locale = await pageLocale();
  const t = await getTranslations("home.verified");
  return (
    <Section id="geprueft" title={t("heading")} className="min-w-0">
      <p>{entries.length > 0 ? t("intro") : t("none")}</p>
      {entries.length > 0 && (
        <ul className="mt-2" data-testid="verified-entries">
          {entries.map((entry) => (
            <li key={`${entry.type}:${entry.slug}`} className="border-b border-line py-3">
              <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`type.${entry.type}`)}</p>
              <h3 className="text-lg font-bold">
                {entry.personalName ? (
                  <LocalLink href={hitPath(entry.type, entry.slug)}>{entry.title}</LocalLink>
                ) : (
                  <EntryLink href={hitPath(entry.type, entry.slug)} entry={entry} />
                )}
              </h3>
              {entry.days && (
                <div className="mt-1">
                  <StatusBadge status={deriveProgrammeStatus(entry.days, now)} deadline={entry.days.deadline} applicationStart={entry.days.applicationStart} />
                </div>
              )}
              <p className="text-sm">
                {t.rich("date", { date: formatInstantDay(entry.verifiedAt, locale), time: (chunks) => <time dateTime={entry.verifiedAt}>{chunks}</time> })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
