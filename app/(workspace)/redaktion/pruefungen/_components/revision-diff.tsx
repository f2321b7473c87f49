import { getTranslations } from "next-intl/server";
import { diffText, type DiffPart } from "@/lib/content/text-diff";
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

function Marked({ parts, side, texts }: { parts: DiffPart[]; side: "removed" | "added"; texts: Texts }) {
  return (
    <span className="whitespace-pre-wrap">
      {parts.map((part, i) => {
        if (part.kind === "same") return <span key={i}>{part.text}</span>;
        if (part.kind !== side) return null;
        const Tag = side === "removed" ? "del" : "ins";
        return (
          <Tag key={i} className={side === "removed" ? "bg-red-50 decoration-2" : "bg-green-50 font-semibold decoration-2"}>
            <span className="sr-only">[{side === "removed" ? texts.removed : texts.added} </span>
            {part.text}
            <span className="sr-only">]</span>
          </Tag>
        );
      })}
    </span>
  );
}

/** Field by field: the entry's current value next to the proposed one, words marked (lib/content/text-diff). */
export async function RevisionDiff(props: Props) {
  const t = await getTranslations("selfService.review.detail");
  const texts: Texts = { empty: t("emptyValue"), removed: t("removed"), added: t("added") };
  if (props.changes.length === 0) return <p>{t("noChanges")}</p>;
  return (
    <table className="w-full border-collapse text-left" data-testid="revision-diff">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-1/5 border-b-2 border-ink p-2">{t("field")}</th>
          <th scope="col" className="w-2/5 border-b-2 border-ink p-2">{t("current")}</th>
          <th scope="col" className="w-2/5 border-b-2 border-ink p-2">{t("proposed")}</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map(({ field, current, proposed }) => {
          const before = display(field, current, props, texts.empty);
          const after = display(field, proposed, props, texts.empty);
          const parts = before !== texts.empty && after !== texts.empty ? diffText(before, after) : null;
          return (
            <tr key={field} data-field={field}>
              <th scope="row" className="border-b border-line p-2 align-top">{props.labels[field] ?? field}</th>
              <td className="border-b border-line p-2 align-top whitespace-pre-line" data-side="current">
                {parts ? <Marked parts={parts} side="removed" texts={texts} /> : before}
              </td>
              <td className="border-b border-line p-2 align-top whitespace-pre-line" data-side="proposed">
                {parts ? <Marked parts={parts} side="added" texts={texts} /> : after}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
