import { Feed } from "feed";
import { changedAt, withFeedLanguage } from "@/lib/subscriptions/atom";
import type { NewsCardDTO } from "./dto";

// The Atom 1.0 feed of /aktuelles (and of one Themenfeld), written by the `feed` package like the
// programme feeds (lib/subscriptions/atom.ts). Entry ids are tag: URIs naming the item's database
// id, so a renamed news item stays the same entry for feed readers.

export const NEWS_FEED_LIMIT = 50;

export interface NewsFeedFile {
  /** the feed's language (its titles and texts; German originals where there is no translation) */
  language: string;
  title: string;
  /** absolute URL of this feed, with its filter parameter (rel="self") */
  selfUrl: string;
  /** absolute URL of the list page it belongs to (rel="alternate") */
  pageUrl: string;
  /** the portal: author of the feed and of every entry */
  author: { name: string; url: string };
  /** host name for the tag: ids */
  idDomain: string;
  /** the news item's absolute URL */
  itemUrl: (slug: string) => string;
  /** newest first, as the list shows them; title and summary in the feed's language */
  items: readonly NewsCardDTO[];
}

// `feed` declares titles and summaries type="html"; plain text must be escaped for that.
const asHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const newsEntryId = (id: string, domain: string) => `tag:${domain},2026:news:${id}`;

/** The newest NEWS_FEED_LIMIT items in list order. An empty feed is valid and dated by `emptyUpdated`. */
export function buildNewsFeed(file: NewsFeedFile, emptyUpdated: Date): string {
  const entries = file.items.slice(0, NEWS_FEED_LIMIT);
  const latest = entries.map(changedAt).sort().at(-1);
  const feed = new Feed({
    id: file.selfUrl,
    title: file.title,
    link: file.pageUrl,
    feedLinks: { atom: file.selfUrl },
    updated: latest ? new Date(latest) : emptyUpdated,
    author: { name: file.author.name, link: file.author.url },
    generator: file.author.name,
  });
  for (const item of entries) {
    feed.addItem({
      id: newsEntryId(item.id, file.idDomain),
      title: asHtml(item.title),
      link: file.itemUrl(item.slug),
      description: asHtml(item.summary),
      date: new Date(changedAt(item)),
      published: new Date(item.publishedAt),
      author: [{ name: file.author.name, link: file.author.url }],
    });
  }
  return withFeedLanguage(feed.atom1(), file.language);
}
