import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/submit-button";
import { requirePermission } from "@/lib/auth/guard";
import { getImportJob, type ImportJobView } from "@/lib/import/jobs";
import { messageText } from "@/lib/import/message-text";
import { hasErrors, warningCount } from "@/lib/import/report";
import { segmentOf } from "@/lib/import/types";
import { runImportAction } from "../actions";
import { JobPoller } from "../_components/job-poller";
import { CreatedEntries } from "../_components/created-entries";
import { RowErrorTable } from "../_components/row-error-table";
import { RowPlanTable } from "../_components/row-plan-table";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

export async function generateMetadata({ params }: { params: Promise<{ jobId: string }> }): Promise<Metadata> {
  const { jobId } = await params;
  const [t, job] = await Promise.all([getTranslations("importExport.upload"), readForMetadata((actor) => getImportJob(actor, jobId))]);
  if (!job) return notFoundMetadata();
  return { title: t("title") };
}

export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const actor = await requirePermission("import.run", `/redaktion/import/${jobId}`);
  const job = await getImportJob(actor, jobId);
  if (!job) return <InPageNotFound />;
  const [t, tAll] = await Promise.all([getTranslations("importExport"), getTranslations()]);
  const { report } = job;
  const errors = hasErrors(report);
  const status = job.status === "VALIDATED" && errors ? "ERRORS" : job.status;
  return (
    <div className="space-y-6">
      <p><Link href="/redaktion/import">{t("job.back")}</Link></p>
      <h1 className="text-3xl font-bold break-words">{t("job.title", { fileName: job.fileName })}</h1>
      <div aria-live="polite" className="space-y-4">
        <p className="font-semibold">{t("job.statusLabel", { status: t(`job.status.${status}`) })}</p>
        {report.fileErrors.length > 0 && (
          <section aria-labelledby="file-errors" className="border-l-4 border-closed pl-4">
            <h2 id="file-errors" className="text-xl font-bold">{t("job.fileErrorsHeading")}</h2>
            <ul className="list-disc pl-6">
              {report.fileErrors.map((message, index) => <li key={index}>{messageText(tAll, message)}</li>)}
            </ul>
          </section>
        )}
        {report.rowErrors.length > 0 && <RowErrorTable errors={report.rowErrors} format={report.format} />}
        {job.status === "VALIDATED" && !errors && <Ready job={job} />}
        {job.status === "VALIDATED" && !errors && report.plan && <RowPlanTable plan={report.plan} format={report.format} type={job.entityType} />}
        {job.status === "RUNNING" && <Running job={job} />}
        {job.status === "DONE" && (
          <div className="space-y-2 border-l-4 border-open pl-4">
            <p className="font-semibold">{t("job.done", { created: report.created, updated: report.updated })}</p>
            <p>{t("job.doneHint")}</p>
            <p>
              <Link href={`/redaktion/${segmentOf(job.entityType)}`}>{t("job.toList", { type: t(`types.${job.entityType}`) })}</Link>
            </p>
            <CreatedEntries entries={report.createdEntries ?? []} type={job.entityType} />
          </div>
        )}
        {job.status === "FAILED" && report.failure && (
          <div className="space-y-2 border-l-4 border-closed pl-4">
            <p className="font-semibold">{t("job.failed")}</p>
            <p>
              {report.failure.row === 0
                ? messageText(tAll, report.failure)
                : report.failure.column
                  ? t("job.failedAtColumn", { row: report.failure.row, column: report.failure.column, message: messageText(tAll, report.failure) })
                  : t("job.failedAt", { row: report.failure.row, message: messageText(tAll, report.failure) })}
            </p>
          </div>
        )}
      </div>
      {(errors || job.status === "DONE" || job.status === "FAILED") && (
        <p><Link href="/redaktion/import">{t("job.newUpload")}</Link></p>
      )}
    </div>
  );
}

async function Ready({ job }: { job: ImportJobView }) {
  const t = await getTranslations("importExport.job");
  return (
    <form action={runImportAction} className="space-y-3">
      <input type="hidden" name="job" value={job.id} />
      <p className="text-lg font-semibold">{t("ready", { total: job.total, created: job.report.created, updated: job.report.updated })}</p>
      {warningCount(job.report) > 0 && <p className="font-semibold">{t("readyWarnings", { count: warningCount(job.report) })}</p>}
      <p>{t("readyHint")}</p>
      <SubmitButton>{t("run")}</SubmitButton>
    </form>
  );
}

async function Running({ job }: { job: ImportJobView }) {
  const t = await getTranslations("importExport.job");
  return (
    <div className="space-y-2">
      <label htmlFor="import-progress" className="block font-semibold">{t("progressLabel")}</label>
      <progress id="import-progress" value={job.processed} max={Math.max(job.total, 1)} className="w-full max-w-xl" />
      <p>{t("progress", { processed: job.processed, total: job.total })}</p>
      <p>{t("running")}</p>
      <JobPoller />
    </div>
  );
}
