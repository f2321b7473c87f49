import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { messageText } from "@/lib/import/message-text";
import type { ImportFormat, RowPlan } from "@/lib/import/report";
import { segmentOf, type ImportEntityType } from "@/lib/import/types";

/**
 * The dry run's plan: per row create or update, and its warnings. Rows with warnings come first
 * and are marked, so an editor sees them before committing; an update links to the entry.
 */
export async function RowPlanTable({ plan, format, type }: { plan: RowPlan[]; format: ImportFormat | null; type: ImportEntityType }) {
  const [t, tAll] = await Promise.all([getTranslations("importExport.job"), getTranslations()]);
  const warned = plan.filter((row) => row.warnings.length > 0);
  const rows = [...warned, ...plan.filter((row) => row.warnings.length === 0)];
  return (
    <section aria-labelledby="row-plan" className="space-y-3">
      <h2 id="row-plan" className="text-xl font-bold">{t("planHeading")}</h2>
      {warned.length > 0 && (
        <div role="alert" className="border-4 border-closed p-4">
          <p className="font-semibold">{t("warningsSummary", { rows: warned.length })}</p>
          <p>{t("warningsHint")}</p>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("planCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-4">{format === "json" ? t("entry") : t("row")}</th>
              <th scope="col" className="py-1 pr-4">{t("planEntry")}</th>
              <th scope="col" className="py-1 pr-4">{t("planAction")}</th>
              <th scope="col" className="py-1">{t("planWarnings")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} className="border-b border-line align-top" data-testid={`plan-row-${row.row}`}>
                <th scope="row" className="py-1 pr-4">{row.row}</th>
                <td className="py-1 pr-4">
                  {row.id ? <Link href={`/redaktion/${segmentOf(type)}/${row.id}`}>{row.title}</Link> : row.title}
                </td>
                <td className="py-1 pr-4">{t(`planActions.${row.action}`)}</td>
                <td className="py-1">
                  {row.warnings.length === 0 ? (
                    t("noWarnings")
                  ) : (
                    <ul className="list-disc space-y-1 pl-5 font-semibold">
                      {row.warnings.map((warning, index) => <li key={index}>{messageText(tAll, warning)}</li>)}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
