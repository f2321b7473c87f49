import type { DiffPart } from "@/lib/content/text-diff";

export type DiffTexts = { removed: string; added: string };

const BASE = "w-full border-collapse text-left";

/** Field / before / after, one row a field (ComparisonRow): the entry history's and the revision review's table. */
export function ComparisonTable(props: { caption: string; headings: [string, string, string]; className?: string; testId?: string; children: React.ReactNode }) {
  const [field, before, after] = props.headings;
  return (
    <table className={props.className ? `${props.className} ${BASE}` : BASE} data-testid={props.testId}>
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-1/5 border-b-2 border-ink p-2">{field}</th>
          <th scope="col" className="w-2/5 border-b-2 border-ink p-2">{before}</th>
          <th scope="col" className="w-2/5 border-b-2 border-ink p-2">{after}</th>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

type RowProps = {
  label: string;
  before: string;
  after: string;
  /** a word diff of before and after; without it both are shown as they are */
  parts: DiffPart[] | null;
  texts: DiffTexts;
  /** the cells' data-side names (test hooks) */
  sides: [string, string];
  /** data-field of the row (test hook) */
  field?: string;
};

export function ComparisonRow({ label, before, after, parts, texts, sides, field }: RowProps) {
  return (
    <tr data-field={field}>
      <th scope="row" className="border-b border-line p-2 align-top">{label}</th>
      <td className="border-b border-line p-2 align-top whitespace-pre-line" data-side={sides[0]}>
        {parts ? <DiffSide parts={parts} side="before" texts={texts} /> : before}
      </td>
      <td className="border-b border-line p-2 align-top whitespace-pre-line" data-side={sides[1]}>
        {parts ? <DiffSide parts={parts} side="after" texts={texts} /> : after}
      </td>
    </tr>
  );
}

/** One side of a word diff: the text before with its removed words marked, or the text after with its added ones. */
function DiffSide({ parts, side, texts }: { parts: DiffPart[]; side: "before" | "after"; texts: DiffTexts }) {
  const marked = side === "before" ? "removed" : "added";
  const Mark = side === "before" ? "del" : "ins";
  return (
    <span className="whitespace-pre-wrap">
      {parts.map((part, index) => {
        if (part.kind === "same") return <span key={index}>{part.text}</span>;
        if (part.kind !== marked) return null;
        return (
          <Mark key={index} className={side === "before" ? "bg-red-50 decoration-2" : "bg-green-50 font-semibold decoration-2"}>
            <span className="sr-only">[{texts[marked]} </span>
            {part.text}
            <span className="sr-only">]</span>
          </Mark>
        );
      })}
    </span>
  );
}
