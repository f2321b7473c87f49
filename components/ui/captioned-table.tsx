import { Link } from "@/components/navigation/link";

type Props = {
  caption: string;
  columns: string[];
  /** a visible caption above the table; by default it is for screen readers only (a heading or text already names the table) */
  captionVisible?: boolean;
  /** headers sit on the bottom line when some of them wrap */
  headersAtBottom?: boolean;
  /** lets a wide table scroll on its own instead of widening the page */
  scroll?: boolean;
  children: React.ReactNode;
};

/** A table with a caption and scoped column headers; the rows are the children. */
export function CaptionedTable({ caption, columns, captionVisible = false, headersAtBottom = false, scroll = false, children }: Props) {
  const table = (
    <table className="w-full border-collapse text-left">
      <caption className={captionVisible ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className={headersAtBottom ? "border-b-2 border-ink p-2 align-bottom" : "border-b-2 border-ink p-2"}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="overflow-x-auto">{table}</div> : table;
}

/** The cell that names its row: the entry as a link to its page, then whatever qualifies it. */
export function LinkRowHeader({ href, name, ariaLabel, children }: { href: string; name: string; ariaLabel?: string; children?: React.ReactNode }) {
  return (
    <th scope="row" className="border-b border-line p-2 align-top font-normal">
      <Link href={href} className="font-semibold" aria-label={ariaLabel}>
        {name}
      </Link>
      {children}
    </th>
  );
}
