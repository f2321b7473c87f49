import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { messageText } from "@/lib/import/message-text";
import type { ImportFormat, RowError } from "@/lib/import/report";

/** Every row error of a dry run: row number as in the file (header = row 1), column, message. */
export async function RowErrorTable({ errors, format }: { errors: RowError[]; format: ImportFormat | null }) {
  const [t, tAll] = await Promise.all([getTranslations("importExport.job"), getTranslations()]);
  const rows = new Set(errors.map((error) => error.row)).size;
  return (
    <section aria-labelledby="row-errors" className="space-y-3">
      <h2 id="row-errors" className="text-xl font-bold">{t("rowErrorsHeading", { count: errors.length, rows })}</h2>
      <p>{t("rowErrorsIntro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{t("rowErrorsCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-4">{format === "json" ? t("entry") : t("row")}</th>
              <th scope="col" className="py-1 pr-4">{t("column")}</th>
              <th scope="col" className="py-1">{t("message")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={index} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-4">{error.row}</th>
                <td className="py-1 pr-4">{error.column ?? t("noColumn")}</td>
                <td className="py-1">
                  {messageText(tAll, error)}
                  {error.fix === "createOrganisation" && (
                    <>
                      {" "}
                      <Link href="/redaktion/organisationen/neu">{t("createOrganisation")}</Link>
                    </>
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
