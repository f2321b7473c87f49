import Link from "next/link";

export interface TypeNavItem {
  key: string;
  label: string;
  /** null: no count shown (e.g. "all types" when counts are not summed). */
  count: number | null;
  href: string;
  current: boolean;
}

interface Props {
  label: string;
  items: TypeNavItem[];
}

/**
 * Hits per type as links between the mixed view and each type's view (tabs without JavaScript).
 * A type without hits stays listed with its "(0)" but as plain text: a link would lead to an empty
 * list. The current view stays a link with aria-current, whatever its count.
 */
export function SearchTypeNav({ label, items }: Props) {
  return (
    <nav aria-label={label} className="mt-6 border-b-2 border-ink">
      <ul className="-mb-0.5 flex flex-wrap gap-x-1">
        {items.map((item) => {
          const content = (
            <>
              {item.label}
              {item.count !== null && <span className={item.current ? "" : "text-muted"}> ({item.count})</span>}
            </>
          );
          return (
            <li key={item.key}>
              {item.count === 0 && !item.current ? (
                <span className="inline-block border-2 border-transparent px-3 py-2">{content}</span>
              ) : (
                <Link
                  href={item.href}
                  aria-current={item.current ? "page" : undefined}
                  className={`inline-block border-2 px-3 py-2 font-semibold ${
                    item.current ? "border-ink border-b-white bg-white text-ink no-underline" : "border-transparent"
                  }`}
                >
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
