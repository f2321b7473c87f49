import { Link } from "@/components/navigation/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { hasErrors, type ImportReport } from "@/lib/import/report";

type Job = { id: string; entityType: string; fileName: string; status: string; createdAt: Date; report: unknown };

/** The actor's latest uploads, each linking to its job page. */
export async function RecentJobs({ jobs }: { jobs: Job[] }) {
  const [t, format] = await Promise.all([getTranslations("importExport"), getFormatter()]);
  const statusOf = (job: Job) => (job.status === "VALIDATED" && hasErrors(job.report as ImportReport) ? "ERRORS" : job.status);
  return (
    <section aria-labelledby="recent-heading" className="space-y-2">
      <h2 id="recent-heading" className="text-2xl font-bold">{t("upload.recentHeading")}</h2>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("upload.recentCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-4">{t("upload.recentFile")}</th>
            <th scope="col" className="py-1 pr-4">{t("upload.recentType")}</th>
            <th scope="col" className="py-1 pr-4">{t("upload.recentStatus")}</th>
            <th scope="col" className="py-1">{t("upload.recentDate")}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} className="border-b border-line">
              <td className="py-1 pr-4"><Link href={`/redaktion/import/${job.id}`}>{job.fileName}</Link></td>
              <td className="py-1 pr-4">{t(`types.${job.entityType}`)}</td>
              <td className="py-1 pr-4">{t(`job.status.${statusOf(job)}`)}</td>
              <td className="py-1">{format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
