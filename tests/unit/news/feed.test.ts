import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { NewsCardDTO } from "@/lib/news/dto";
import { buildNewsFeed, NEWS_FEED_LIMIT, newsEntryId, type NewsFeedFile } from "@/lib/news/feed";

const item = (i: number, over: Partial<NewsCardDTO> = {}): NewsCardDTO => ({
  id: `n${i}`,
  slug: `meldung-${i}`,
  title: `Meldung ${i}`,
  kind: "MELDUNG",
  summary: `Kurztext ${i}`,
  date: "2026-11-01",
  topicSlugs: ["ki-innovation"],
  roadmapPhase: null,
  publishedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
  ...over,
});

const file = (items: NewsCardDTO[]): NewsFeedFile => ({
  language: "de",
  title: "Aktuelles – Digitale Region Trier",
  selfUrl: "https://portal.example/aktuelles/feed.xml?thema=ki-innovation",
  pageUrl: "https://portal.example/aktuelles?thema=ki-innovation",
  author: { name: "Digitale Region Trier", url: "https://portal.example/" },
  idDomain: "portal.example",
  itemUrl: (slug) => `https://portal.example/aktuelles/${slug}`,
  items,
});

const EMPTY = new Date("2026-03-01T00:00:00Z");
const xmlOf = (text: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(text) as { feed: Record<string, unknown> & { entry?: unknown } };

describe("the Aktuelles Atom feed", () => {
  it("is well-formed Atom with self and alternate links, in list order", () => {
    const text = buildNewsFeed(file([item(2), item(1)]), EMPTY);
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Aktuelles – Digitale Region Trier");
    expect(feed.self).toBe("https://portal.example/aktuelles/feed.xml?thema=ki-innovation");
    expect(feed.url).toBe("https://portal.example/aktuelles?thema=ki-innovation");
    expect(feed.items.map((i) => i.url)).toEqual(["https://portal.example/aktuelles/meldung-2", "https://portal.example/aktuelles/meldung-1"]);
  });

  it("gives entries stable tag: ids from the database id, and the newest change as the feed's date", () => {
    const edited = item(1, { updatedAt: "2026-11-20T08:00:00.000Z" });
    const parsed = xmlOf(buildNewsFeed(file([item(2), edited]), EMPTY));
    const entries = parsed.feed.entry as { id: string; updated: string; published: string; title: { "#text": string } }[];
    expect(entries.map((e) => e.id)).toEqual([newsEntryId("n2", "portal.example"), "tag:portal.example,2026:news:n1"]);
    expect(entries[1]!.updated).toBe("2026-11-20T08:00:00.000Z");
    expect(entries[1]!.published).toBe(edited.publishedAt);
    expect(parsed.feed.updated).toBe("2026-11-20T08:00:00.000Z");
    expect(parsed.feed.id).toBe("https://portal.example/aktuelles/feed.xml?thema=ki-innovation");
  });

  it("escapes markup in plain-text titles and summaries", () => {
    const feed = parseFeed(buildNewsFeed(file([item(1, { title: "KI & <Recht>", summary: "a < b" })]), EMPTY));
    expect(feed.items[0]!.title).toBe("KI & <Recht>");
    expect(feed.items[0]!.description).toBe("a < b");
  });

  it("keeps to the limit and is valid when empty", () => {
    const many = Array.from({ length: NEWS_FEED_LIMIT + 5 }, (_, i) => item(i));
    expect(parseFeed(buildNewsFeed(file(many), EMPTY)).items).toHaveLength(NEWS_FEED_LIMIT);
    const empty = buildNewsFeed(file([]), EMPTY);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(xmlOf(empty).feed.updated).toBe("2026-03-01T00:00:00.000Z");
    expect(xmlOf(empty).feed.entry).toBeUndefined();
  });
});
