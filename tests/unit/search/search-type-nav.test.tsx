import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SearchTypeNav, type TypeNavItem } from "@/components/search/search-type-nav";

function item(key: string, count: number | null, current = false): TypeNavItem {
  return { key, label: key, count, href: `/suche?q=x&typ=${key}`, current };
}

/** Each list item's markup. */
function render(items: TypeNavItem[]): string[] {
  const html = renderToStaticMarkup(<SearchTypeNav label="Bereiche" items={items} />);
  return [...html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1] ?? "");
}

const text = (html: string | undefined) => (html ?? "").replace(/<[^>]*>/g, "");

// Review finding: "Initiativen (0)" was a link to an empty list.
describe("SearchTypeNav", () => {
  it("lists a type without hits with its count, as text instead of a link", () => {
    const [programmes, initiatives] = render([item("foerderprogramme", 3), item("initiativen", 0)]);
    expect(programmes).toMatch(/^<a [^>]*href="\/suche\?q=x&amp;typ=foerderprogramme"/);
    expect(text(programmes)).toBe("foerderprogramme (3)");
    expect(initiatives).not.toContain("<a");
    expect(initiatives).not.toContain("href");
    expect(text(initiatives)).toBe("initiativen (0)");
  });

  it("keeps the current view a link with aria-current, even without hits, and links without a count", () => {
    const [all, initiatives] = render([item("alle", null), item("initiativen", 0, true)]);
    expect(all).toMatch(/^<a [^>]*href="[^"]*typ=alle"[^>]*>alle<\/a>$/);
    expect(initiatives).toMatch(/^<a [^>]*href="[^"]*typ=initiativen"/);
    expect(initiatives).toContain('aria-current="page"');
  });
});
