import { describe, expect, it } from "vitest";
import { joinText } from "@/lib/search/documents/shared";

describe("search document text", () => {
  it("indexes rich text as its words, without tags or entities", () => {
    const body = joinText("<p>Förderung für <strong>KI</strong> &amp; Daten</p><ul><li>Handwerk</li></ul>", "Zuschuss bis 10.000 €");
    expect(body).not.toMatch(/<|&amp;|strong/);
    expect(body).toContain("Förderung für KI & Daten");
    expect(body).toContain("- Handwerk");
    expect(body).toContain("Zuschuss bis 10.000 €");
  });

  it("keeps plain text as it is, including angle brackets that are no markup", () => {
    expect(joinText("  Umsatz < 2 Mio. €  ", null, "")).toBe("Umsatz < 2 Mio. €");
  });
});
