import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";

// Next renders global-error.tsx when the root layout itself fails; it must then be a whole German
// document: <html lang="de">, a title, one h1 and links on.
describe("app/global-error.tsx", () => {
  const html = renderToStaticMarkup(<GlobalError error={new Error("boom")} reset={() => {}} />);

  it("is a German document with a title and one heading", () => {
    expect(html).toMatch(/^<html lang="de">/);
    expect(html).toContain("<title>Es ist ein Fehler aufgetreten – Digitale Region Trier</title>");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(">Es ist ein Fehler aufgetreten</h1>");
  });

  it("links to the start page and the search, and shows no error detail", () => {
    expect(html).toContain('href="/"');
    expect(html).toContain('href="/suche"');
    expect(html).not.toContain("boom");
  });
});
