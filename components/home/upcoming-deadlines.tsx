import { LocalLink } from "@/components/ui/local-link";
import { EntryLink } from "@/components/content/entry-link";
import { German } from "@/components/content/german";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/status-badge";
import { Section } from "@/components/ui/section";
import { programmeTiming } from "@/lib/programme/deadline";
import type { DeadlineTeaserDTO } from "@/lib/start-page/dto";
import { OPEN_PROGRAMMES_HREF } from "@/lib/start-page/tasks";

// Status and countdown are derived here from the cached dates with the page's one "now"; the page
// expires when either changes (lib/start-page/start-page.ts).
export async function UpcomingDeadlines({ deadlines, now }: { deadlines: readonly DeadlineTeaserDTO[]; now: Date }) {
  const t = await getTranslations("home.deadlines");
  return (
    <Section id="fristen" title={t("heading")} className="min-w-0">
      <p>{deadlines.length > 0 ? t("intro") : t("none")}</p>
      {deadlines.length > 0 && (
        <ul className="mt-2" data-testid="deadline-teasers">
          {deadlines.map((programme) => {
            const { status, daysLeft } = programmeTiming(programme, now);
            return (
              <li key={programme.slug} className="border-b border-line py-3">
                <h3 className="text-lg font-bold">
                  <EntryLink href={`/foerderprogramme/${encodeURIComponent(programme.slug)}`} entry={programme} />
                </h3>
                <p className="text-sm text-muted">
                  <German>{programme.fundingBodyName}</German>
                </p>
                <div className="mt-1">
                  <StatusBadge status={status} daysLeft={daysLeft} deadline={programme.deadline} applicationStart={programme.applicationStart} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-4">
        <LocalLink href={OPEN_PROGRAMMES_HREF}>{t("all")}</LocalLink>
      </p>
    </Section>
  );
}
