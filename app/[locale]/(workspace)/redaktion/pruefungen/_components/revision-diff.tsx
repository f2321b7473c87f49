import { getTranslations } from "next-intl/server";
import { ComparisonRow, ComparisonTable } from "@/components/editor/comparison-table";
import { diffText } from "@/lib/content/text-diff";
import { richTextToPlain } from "@/lib/rich-text/plain";
import type { FieldChange } from "@/lib/revision/queries";

type Props = {
  changes: FieldChange[];
  labels: Record<string, string>;
  /** field → stored value → German name (enum values, slugs) */
  valueLabels: Record<string, Record<string, string>>;
  richTextFields?: string[];
};

type Texts = { empty: string; removed: string; added: string };

function display(field: string, value: unknown, props: Props, empty: string): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return empty;
  const names = props.valueLabels[field];
  if (field === "references" && Array.isArray(value)) {
    return value
      .map((r: { title?: string; client?: string | null; year?: number | null; description?: string }) =>
        [r.title, r.client, r.year, r.description].filter((x) => x !== null && x !== undefined && x !== "").join(" · "),
      )
      .join("\n");
  }
  if (Array.isArray(value)) return value.map((v) => names?.[String(v)] ?? String(v)).join(", ");
  if (typeof value === "string") return props.richTextFields?.includes(field) ? richTextToPlain(value) : (names?.[value] ?? value);
  return String(value);
}

/** Field by field: the entry's current value next to the proposed one, words marked (lib/content/text-diff). */
export async function RevisionDiff(props: Props) {
  const t = await getTranslations("selfService.review.detail");
  const texts: Texts = { empty: t("emptyValue"), removed: t("removed"), added: t("added") };
  if (props.changes.length === 0) return <p>{t("noChanges")}</p>;
  return (
    <ComparisonTable caption={t("caption")} headings={[t("field"), t("current"), t("proposed")]} testId="revision-diff">
      {props.changes.map(({ field, current, proposed }) => {
        const before = display(field, current, props, texts.empty);
        const after = display(field, proposed, props, texts.empty);
        return (
          <ComparisonRow
            key={field}
            field={field}
            label={props.labels[field] ?? field}
            before={before}
            after={after}
            parts={before !== texts.empty && after !== texts.empty ? diffText(before, after) : null}
            texts={texts}
            sides={["current", "proposed"]}
          />
        );
      })}
    </ComparisonTable>
  );
}
