import { describe, expect, it } from "vitest";
import type { CardView } from "@/components/cards/card-view";
import { packCard, unpackCard } from "@/components/cards/card-wire";

// Every field a CardView can have, nested ones included: what the Card client component draws
// must be exactly what the server built.
const FULL: CardView = {
  href: "/fr/dienstleister/moselbyte-digital",
  heading: "h2",
  title: "Moselbyte <mark>Digital</mark> GmbH",
  highlighted: true,
  logo: { src: "/medien/logo-320.webp", srcSet: "/medien/logo-160.webp 160w", sizes: "80px", width: 160, height: 80 },
  above: { tone: "kicker", parts: [{ text: "Dienstleister", lang: "de" }] },
  status: { status: "open", label: "Ouvert", countdown: { days: 3, text: "Se termine dans 3 jours" }, detail: "Date limite : 10.12.2026" },
  below: { tone: "strong", parts: [{ text: "10 déc. 2026", time: "2026-12-10" }, { text: " · Trier" }] },
  summary: "Sites web et boutiques en ligne",
  facts: [
    { label: "Siège", value: "Bitburg", lang: "de" },
    { label: "Bailleur", parts: [{ text: "Stadt Trier", lang: "de" }, { text: " (commune)" }] },
  ],
  notes: [[{ text: "Porteur : " }, { text: "Stadt Trier", lang: "de" }], [{ text: "Deuxième note" }]],
  footer: [{ text: "Le 10 déc.", time: "2026-12-10" }],
  titleLang: "de",
  summaryLang: "de",
  langNote: "Pas encore traduit",
};

describe("a card's wire form", () => {
  it("unpacks to the view it was packed from, every field included", () => {
    expect(unpackCard(packCard(FULL))).toEqual(FULL);
  });

  it("is smaller than the view's JSON and keeps every value", () => {
    const packed = JSON.stringify(packCard(FULL));
    expect(packed.length).toBeLessThan(JSON.stringify(FULL).length - 150);
    expect(packed).toContain("Moselbyte <mark>Digital</mark> GmbH");
  });

  it("sends each fact as a [label, value, lang] tuple, parts with short keys", () => {
    expect(packCard(FULL).f).toEqual([
      ["Siège", "Bitburg", "de"],
      ["Bailleur", [{ x: "Stadt Trier", l: "de" }, { x: " (commune)" }]],
    ]);
  });

  it("leaves out undefined fields, as JSON would", () => {
    const view: CardView = { href: "/foerderprogramme/x", heading: "h3", title: "X", summary: "Y", logo: undefined };
    expect(unpackCard(packCard(view))).toEqual({ href: "/foerderprogramme/x", heading: "h3", title: "X", summary: "Y" });
  });

  it("refuses a field it has no short key for, so that a new field cannot silently go missing", () => {
    const view = { ...FULL, rating: 5 } as unknown as CardView;
    expect(() => packCard(view)).toThrow(/no short key for "rating"/);
  });
});
