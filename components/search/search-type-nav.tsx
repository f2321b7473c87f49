import { Link } from "@/components/navigation/link";

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
  // Styled through .type-tabs in app/globals.css: the mixed results send these tabs on every search.
  return (
    <nav aria-label={label} className="type-tabs">
      <ul>
        {items.map((item) => {
          const content = (
            <>
              {item.label}
              {item.count !== null && <span>{` (${item.count})`}</span>}
            </>
          );
          return (
            <li key={item.key}>
              {item.count === 0 && !item.current ? (
                <span>{content}</span>
              ) : (
                <Link href={item.href} aria-current={item.current ? "page" : undefined}>
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
