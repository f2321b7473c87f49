import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { markedMessage, markedParts } from "@/components/content/marked-message";
import { germanOnly, germanText } from "@/lib/content/translations";

// A message in the reader's language around a German name (issue 20): only the name is marked.
const seat = (values: Record<string, string>) => `Siège : ${values.town}, ${values.region}`;
const html = (node: React.ReactNode) => renderToStaticMarkup(<>{node}</>);

describe("markedMessage", () => {
  it("wraps each German value in a span with lang=de, and only the value", () => {
    const node = markedMessage({ town: { text: "Trier" }, region: germanText("Landkreis Trier-Saarburg", "fr") }, seat);
    expect(html(node)).toBe('Siège : Trier, <span lang="de">Landkreis Trier-Saarburg</span>');
  });

  it("returns the plain message when nothing is marked (German pages, translated titles)", () => {
    const node = markedMessage({ town: { text: "Trier" }, region: germanText("Landkreis Trier-Saarburg", "de") }, seat);
    expect(node).toBe("Siège : Trier, Landkreis Trier-Saarburg");
  });

  it("keeps values in the message's order, wherever the message puts them, and escapes them", () => {
    const node = markedMessage({ a: { text: "<b>", lang: "de" }, b: { text: "zwei", lang: "de" } }, (v) => `${v.b} vor ${v.a}, ${v.b}`);
    expect(html(node)).toBe('<span lang="de">zwei</span> vor <span lang="de">&lt;b&gt;</span>, <span lang="de">zwei</span>');
  });
});

describe("markedParts", () => {
  it("gives a card the same message as text parts, the German value as its own part", () => {
    const parts = markedParts({ town: { text: "Trier" }, region: germanText("Landkreis Trier-Saarburg", "fr") }, seat);
    expect(parts).toEqual([{ text: "Siège : Trier, " }, { text: "Landkreis Trier-Saarburg", lang: "de" }]);
  });

  it("is one plain part on German pages", () => {
    expect(markedParts({ town: { text: "Trier" }, region: germanText("Landkreis Trier-Saarburg", "de") }, seat)).toEqual([{ text: "Siège : Trier, Landkreis Trier-Saarburg" }]);
  });
});

describe("German-only texts", () => {
  it("are marked on French and English pages and left alone on German ones", () => {
    expect(germanOnly("de")).toBeUndefined();
    expect(germanOnly("fr")).toBe("de");
    expect(germanText("IHK Trier", "en")).toEqual({ text: "IHK Trier", lang: "de" });
    expect(germanText("IHK Trier", "de")).toEqual({ text: "IHK Trier" });
  });
});
