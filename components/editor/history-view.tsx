import { getTranslations } from "next-intl/server";
import type { HistoryEntryDTO } from "@/lib/audit/queries";
import { diffText } from "@/lib/content/text-diff";
import { TIME_ZONE } from "@/lib/dates";
import { richTextToPlain } from "@/lib/rich-text/plain";
import { ComparisonRow, ComparisonTable } from "./comparison-table";

type Props = {
  entries: HistoryEntryDTO[];
  /** field name → visible label */
  fieldLabels: Record<string, string>;
  /** field name → (stored value → label): enum values and ids shown as names */
  valueLabels?: Record<string, Record<string, string>>;
  /** fields holding rich text (shown as plain text) */
  richTextFields?: string[];
  /** fields to leave out (technical ones) */
  hiddenFields?: string[];
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const dateTime = new Intl.DateTimeFormat("de-DE", { timeZone: TIME_ZONE, dateStyle: "medium", timeStyle: "short" });
const day = new Intl.DateTimeFormat("de-DE", { timeZone: "UTC", dateStyle: "medium" });

type Texts = { empty: string; removed: string; added: string };

function display(field: string, value: unknown, props: Props, texts: Texts): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return texts.empty;
  const labels = props.valueLabels?.[field];
  if (Array.isArray(value)) return value.map((v) => labels?.[String(v)] ?? String(v)).join(", ");
  if (typeof value === "string") {
    if (labels?.[value]) return labels[value];
    if (ISO_INSTANT.test(value)) return dateTime.format(new Date(value));
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
    if (props.richTextFields?.includes(field)) return richTextToPlain(value);
    return value;
  }
  if (typeof value === "number") return value.toLocaleString("de-DE");
  if (typeof value === "boolean") return value ? "ja" : "nein";
  return JSON.stringify(value);
}

const isLong = (a: string, b: string) => a.length + b.length > 120 || a.includes("\n") || b.includes("\n");

/** The audit trail of one entry as a readable diff: per change a table Feld / vorher / nachher. */
export async function HistoryView(props: Props) {
  const t = await getTranslations("editor.history");
  const texts: Texts = { empty: t("empty_value"), removed: t("removed"), added: t("added") };
  if (props.entries.length === 0) return <p className="mt-6">{t("empty")}</p>;
  const hidden = new Set(["version", "updatedAt", "createdAt", "id", ...(props.hiddenFields ?? [])]);
  // Rows in the order of the labels (the form's order); unknown fields last.
  const fieldOrder = Object.keys(props.fieldLabels);
  const order = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return (
    <ol className="mt-6 space-y-8">
      {props.entries.map((entry) => {
        const verb = entry.action.split(".").at(-1) ?? entry.action;
        const actionLabel = t.has(`actions.${verb}`) ? t(`actions.${verb}`) : entry.action;
        const when = dateTime.format(new Date(entry.at));
        // Only what reads differently (a created entry's empty lists are no news).
        const rows = Object.entries(entry.changes)
          .filter(([field, change]) => !hidden.has(field) && display(field, change.before, props, texts) !== display(field, change.after, props, texts))
          .sort(([a], [b]) => order(a) - order(b));
        return (
          <li key={entry.id} className="border-l-4 border-brand-700 pl-4">
            <h2 className="text-lg font-bold">
              {actionLabel} – <time dateTime={entry.at}>{when}</time>
            </h2>
            <p className="text-muted">{t("by", { name: entry.actorName ?? t("unknownActor") })}</p>
            {rows.length === 0 ? (
              <p className="mt-2">{t("noFieldChanges")}</p>
            ) : (
              <ComparisonTable caption={t("caption", { date: when, action: actionLabel })} headings={[t("field"), t("before"), t("after")]} className="mt-3">
                {rows.map(([field, change]) => {
                  const before = display(field, change.before, props, texts);
                  const after = display(field, change.after, props, texts);
                  const long = typeof change.before === "string" && typeof change.after === "string" && isLong(before, after);
                  return (
                    <ComparisonRow
                      key={field}
                      label={props.fieldLabels[field] ?? field}
                      before={before}
                      after={after}
                      parts={long ? diffText(before, after) : null}
                      texts={texts}
                      sides={["before", "after"]}
                    />
                  );
                })}
              </ComparisonTable>
            )}
          </li>
        );
      })}
    </ol>
  );
}
