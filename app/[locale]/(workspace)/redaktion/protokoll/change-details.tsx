import { getMessages, getTranslations } from "next-intl/server";
import { fieldLabelOf } from "@/lib/content/field-label-tables";
import type { ChangeSet } from "@/lib/audit/diff";

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

/** Before/after of one audit row behind a disclosure (works without JavaScript). */
export async function ChangeDetails({ entityType, changes }: { entityType: string; changes: ChangeSet }) {
  const [t, messages] = await Promise.all([getTranslations("editorOverview.audit"), getMessages()]);
  const rows = Object.entries(changes);
  if (rows.length === 0) return <>{t("noFieldChanges")}</>;
  return (
    <details>
      <summary className="cursor-pointer font-semibold">{t("details.summary", { count: rows.length })}</summary>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("details.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-ink p-1">{t("details.field")}</th>
            <th scope="col" className="border-b border-ink p-1">{t("details.before")}</th>
            <th scope="col" className="border-b border-ink p-1">{t("details.after")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([field, change]) => (
            <tr key={field}>
              <th scope="row" className="border-b border-line p-1 align-top font-semibold">{fieldLabelOf(messages, entityType, field) ?? field}</th>
              <td className="border-b border-line p-1 align-top break-words whitespace-pre-line">{show(change.before)}</td>
              <td className="border-b border-line p-1 align-top break-words whitespace-pre-line">{show(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
