import { getTranslations } from "next-intl/server";
import { allowedValues, type Column } from "@/lib/import/columns";

/** The columns of one import type: header, whether required, what goes in. */
export async function ColumnTable({ caption, columns }: { caption: string; columns: readonly Column[] }) {
  const t = await getTranslations("importExport");
  const content = (column: Column) => {
    if (column.kind === "enum" || column.kind === "enumList") return t(`columns.${column.kind}`, { values: allowedValues(column) });
    return column.doc ? t(`columns.${column.doc}`) : "";
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-4">{t("upload.column")}</th>
            <th scope="col" className="py-1 pr-4">{t("upload.required")}</th>
            <th scope="col" className="py-1">{t("upload.content")}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.key} className="border-b border-line align-top">
              <th scope="row" className="py-1 pr-4 font-mono font-semibold">{column.header}</th>
              <td className="py-1 pr-4">{column.required ? t("upload.requiredYes") : t("upload.requiredNo")}</td>
              <td className="py-1">{content(column)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
