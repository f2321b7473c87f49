import { describe, expect, it } from "vitest";
import { conflictDetails } from "@/lib/content/conflict";
import { chooseSlug, slugify, uniqueSlug } from "@/lib/content/slug";
import { diffText } from "@/lib/content/text-diff";

describe("slugify", () => {
  it("transliterates umlauts and ß and keeps only a-z, 0-9 and single hyphens", () => {
    expect(slugify("Förderung für Größere Vorhaben")).toBe("foerderung-fuer-groessere-vorhaben");
    expect(slugify("  Digital-Bonus RLP 2027!  ")).toBe("digital-bonus-rlp-2027");
    expect(slugify("Äpfel & Öl – Übergänge")).toBe("aepfel-und-oel-uebergaenge");
    expect(slugify("Café Crème")).toBe("cafe-creme");
    expect(slugify("!!!")).toBe("eintrag");
  });

  it("cuts long titles at a word boundary within 100 characters", () => {
    const slug = slugify("Sehr ".repeat(40) + "lang");
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("finds the first free slug with a counter", async () => {
    const used = new Set(["digitalbonus", "digitalbonus-2"]);
    expect(await uniqueSlug("digitalbonus", async (s) => used.has(s))).toBe("digitalbonus-3");
    expect(await uniqueSlug("neu", async (s) => used.has(s))).toBe("neu");
  });
});

describe("chooseSlug", () => {
  const nothingTaken = async () => false;

  it("never hands out a segment that is a route of its own (cached list views, text searches)", async () => {
    expect(await chooseSlug(nothingTaken, { wanted: null, name: "Treffer" })).toBe("treffer-2");
    expect(await chooseSlug(nothingTaken, { wanted: null, name: "Ansicht" })).toBe("ansicht-2");
    await expect(chooseSlug(nothingTaken, { wanted: "treffer", name: "x" })).rejects.toMatchObject({ details: { fieldErrors: { slug: ["errors.slugTaken"] } } });
    expect(await chooseSlug(nothingTaken, { wanted: "treffer-im-hunsrueck", name: "x" })).toBe("treffer-im-hunsrueck");
  });
});

describe("conflictDetails", () => {
  it("lists the fields where the input differs from the stored row, with both values", () => {
    const current = { version: 4, title: "Neu von Anna", summary: "gleich", topicIds: ["b", "a"], deadline: null, amountText: "" };
    const mine = { title: "Mein Titel", summary: "gleich", topicIds: ["a", "b"], deadline: null, amountText: null };
    expect(conflictDetails(mine, current, ["title", "summary", "topicIds", "deadline", "amountText", "notInInput"])).toEqual({
      changes: { title: { mine: "Mein Titel", theirs: "Neu von Anna" } },
      currentVersion: 4,
    });
  });

  it("shows values through the display function", () => {
    const details = conflictDetails({ topicIds: ["x"] }, { version: 2, topicIds: ["y"] }, ["topicIds"], (_f, v) =>
      (v as string[]).map((id) => `Thema ${id}`),
    );
    expect(details.changes.topicIds).toEqual({ mine: ["Thema x"], theirs: ["Thema y"] });
  });
});


describe("diffText", () => {
  it("marks removed and added words and keeps the rest", () => {
    expect(diffText("Zuschuss für kleine Betriebe", "Zuschuss für alle Betriebe")).toEqual([
      { kind: "same", text: "Zuschuss für " },
      { kind: "removed", text: "kleine" },
      { kind: "added", text: "alle" },
      { kind: "same", text: " Betriebe" },
    ]);
  });

  it("handles empty sides", () => {
    expect(diffText("", "neu")).toEqual([{ kind: "added", text: "neu" }]);
    expect(diffText("alt", "")).toEqual([{ kind: "removed", text: "alt" }]);
  });

  it("falls back to lines for very long texts and still reproduces both sides", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `Wort${i}`).join(" ") + "\nZeile zwei\n";
    const after = before.replace("Zeile zwei", "Zeile drei");
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });
});
