import { getTranslations } from "next-intl/server";
import { EntryLink } from "@/components/content/entry-link";
import { German } from "@/components/content/german";
import { StatusBadge } from "@/components/programme/status-badge";
import { LocalLink } from "@/components/ui/local-link";
import type { AdvisorProgrammeDTO } from "@/lib/advisor/dto";
import { STATUS_RANK, deriveProgrammeStatus } from "@/lib/programme/status";

interface Props {
  name: string;
  programmes: AdvisorProgrammeDTO[];
  now?: Date;
}

// The status is derived here, at render time, from the cached dates (never cached itself).
export async function AdvisorProgrammes({ name, programmes, now = new Date() }: Props) {
  const t = await getTranslations("advisors.detail");
  const rows = programmes
    .map((programme) => ({ ...programme, status: deriveProgrammeStatus(programme, now) }))
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.title.localeCompare(b.title, "de"));
  return (
    <section aria-labelledby="programmes">
      <h2 id="programmes" className="mb-3 text-2xl font-bold">
        {t("programmesHeading")}
      </h2>
      {programmes.length === 0 ? (
        <p>{t("noProgrammes")}</p>
      ) : (
        <>
          <p>{t("programmesIntro", { count: programmes.length, name })}</p>
          <ul className="mt-2">
            {rows.map((programme) => (
              <li key={programme.slug} className="border-b border-line py-4">
                <h3 className="text-lg font-bold">
                  <EntryLink href={`/foerderprogramme/${programme.slug}`} entry={programme} />
                </h3>
                <p className="text-sm text-muted">
                  <German>{programme.fundingBodyName}</German>
                </p>
                <div className="mt-1">
                  <StatusBadge status={programme.status} deadline={programme.deadline} applicationStart={programme.applicationStart} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <LocalLink href="/foerderprogramme">{t("allProgrammes")}</LocalLink>
      </p>
    </section>
  );
}
