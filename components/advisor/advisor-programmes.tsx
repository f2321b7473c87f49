import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/status-badge";
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
                  <Link href={`/foerderprogramme/${programme.slug}`}>{programme.title}</Link>
                </h3>
                <p className="text-sm text-muted">{programme.fundingBodyName}</p>
                <div className="mt-1">
                  <StatusBadge status={programme.status} deadline={programme.deadline} applicationStart={programme.applicationStart} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <Link href="/foerderprogramme">{t("allProgrammes")}</Link>
      </p>
    </section>
  );
}
