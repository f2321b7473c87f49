import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ATOM_ENTRY_LIMIT, buildProgrammeFeed, changedAt, programmeEntryId, type AtomFile, type FeedProgramme } from "@/lib/subscriptions/atom";

const programme = (i: number, over: Partial<FeedProgramme> = {}): FeedProgramme => ({
  id: `p${i}`,
  title: `Programm ${i}`,
  summary: `Zusammenfassung ${i}`,
  publishedAt: "2026-01-01T08:00:00.000Z",
  updatedAt: new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString(),
  url: `https://portal.example/foerderprogramme/programm-${i}`,
  ...over,
});

const file = (programmes: FeedProgramme[]): AtomFile => ({
  language: "de",
  title: "Förderprogramme – Digitale Region Trier",
  subtitle: "Neue und geänderte Förderprogramme",
  selfUrl: "https://portal.example/foerderprogramme/feed.atom?foerderart=zuschuss&gebiet=trier",
  pageUrl: "https://portal.example/foerderprogramme?foerderart=zuschuss&gebiet=trier",
  author: { name: "Digitale Region Trier", url: "https://portal.example/" },
  idDomain: "portal.example",
  programmes,
});

const EMPTY_DATE = new Date("2026-03-01T00:00:00Z");

describe("buildProgrammeFeed", () => {
  it("is well-formed Atom that a feed parser reads, with self and alternate links", () => {
    const xml = buildProgrammeFeed(file([programme(1), programme(2)]), EMPTY_DATE);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Förderprogramme – Digitale Region Trier");
    expect(feed.self).toBe("https://portal.example/foerderprogramme/feed.atom?foerderart=zuschuss&gebiet=trier");
    expect(feed.url).toBe("https://portal.example/foerderprogramme?foerderart=zuschuss&gebiet=trier");
    expect(feed.items).toHaveLength(2);
    expect(feed.authors[0]?.name).toBe("Digitale Region Trier");
  });

  it("lists the newest change first, each entry with a stable id, link, summary and dates", () => {
    const xml = buildProgrammeFeed(file([programme(1), programme(3), programme(2)]), EMPTY_DATE);
    const feed = parseFeed(xml);
    expect(feed.items.map((item) => item.title)).toEqual(["Programm 3", "Programm 2", "Programm 1"]);
    const [newest] = feed.items;
    expect(newest!.id).toBe("tag:portal.example,2025:programme:p3");
    expect(newest!.url).toBe("https://portal.example/foerderprogramme/programm-3");
    expect(newest!.description).toBe("Zusammenfassung 3");
    expect(newest!.updated?.toISOString()).toBe(programme(3).updatedAt);
    expect(newest!.published?.toISOString()).toBe("2026-01-01T08:00:00.000Z");
    expect(feed.updated?.toISOString()).toBe(programme(3).updatedAt);
  });

  it("keeps markup-like text as text", () => {
    const xml = buildProgrammeFeed(file([programme(1, { title: "KI & Daten <Pilot>", summary: "a < b & c" })]), EMPTY_DATE);
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parseFeed(xml).items[0]!;
    expect(item.title).toBe("KI & Daten <Pilot>");
    expect(item.description).toBe("a < b & c");
  });

  it(`holds at most ${ATOM_ENTRY_LIMIT} entries`, () => {
    const many = Array.from({ length: ATOM_ENTRY_LIMIT + 5 }, (_, i) => programme(i));
    const feed = parseFeed(buildProgrammeFeed(file(many), EMPTY_DATE));
    expect(feed.items).toHaveLength(ATOM_ENTRY_LIMIT);
    expect(feed.items[0]!.title).toBe(`Programm ${ATOM_ENTRY_LIMIT + 4}`);
  });

  it("is a valid feed without entries, dated by the given instant", () => {
    const feed = parseFeed(buildProgrammeFeed(file([]), EMPTY_DATE));
    expect(feed.items).toHaveLength(0);
    expect(feed.updated?.toISOString()).toBe(EMPTY_DATE.toISOString());
  });

  it("dates a programme by its later change: edit or (re)publication", () => {
    expect(changedAt({ publishedAt: "2026-05-01T00:00:00.000Z", updatedAt: "2026-04-01T00:00:00.000Z" })).toBe("2026-05-01T00:00:00.000Z");
    expect(changedAt({ publishedAt: "2026-05-01T00:00:00.000Z", updatedAt: "2026-06-01T00:00:00.000Z" })).toBe("2026-06-01T00:00:00.000Z");
    expect(programmeEntryId("abc", "x.example")).toBe("tag:x.example,2025:programme:abc");
  });
});
