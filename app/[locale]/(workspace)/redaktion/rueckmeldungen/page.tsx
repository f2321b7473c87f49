import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { listAccessibilityFeedback } from "@/lib/feedback/queries";
import { FEEDBACK_STATUSES } from "@/lib/feedback/schema";
import { formatDateTime } from "@/lib/format";
import { FeedbackStatusForm } from "./status-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.feedback.editor");
  return { title: t("title"), description: t("intro") };
}

export default async function FeedbackListPage() {
  const actor = await requirePermission("feedback.manage", "/redaktion/rueckmeldungen");
  const [t, reports] = await Promise.all([getTranslations("legal.feedback.editor"), listAccessibilityFeedback(actor)]);
  const options = FEEDBACK_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }));
  const labels = { status: t("status"), save: t("save"), saved: t("saved") };
  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {reports.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-6">
          {reports.map((report) => (
            <li key={report.id} className="space-y-3 border-2 border-line p-4">
              <h2 className="text-lg font-bold">
                {t(`statuses.${report.status}`)}: {t("received", { date: formatDateTime(report.createdAt) })}
              </h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("page")}</dt>
                <dd className="break-all">{report.pageUrl}</dd>
                <dt className="font-semibold">{t("from")}</dt>
                <dd>
                  {report.name ?? t("anonymous")}, {report.email ? <a href={`mailto:${report.email}`}>{report.email}</a> : t("noEmail")}
                </dd>
              </dl>
              <p className="whitespace-pre-line">{report.message}</p>
              <FeedbackStatusForm id={report.id} version={report.version} status={report.status} labels={labels} options={options} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
