import { Feed } from "feed";

// Atom 1.0 (RFC 4287) feeds of new and changed programmes, written by the `feed` package (XML
// escaping, RFC 3339 dates). Entry ids are tag: URIs (RFC 4151) naming the programme's database
// id, so a renamed programme stays the same entry for feed readers.

export const ATOM_ENTRY_LIMIT = 50;

export interface FeedProgramme {
  id: string;
  title: string;
  summary: string;
  /** ISO instants */
  publishedAt: string;
  updatedAt: string;
  /** absolute URL of the programme's page */
  url: string;
}

export interface AtomFile {
  /** the feed's language (its titles and texts; German originals where there is no translation) */
  language: string;
  title: string;
  subtitle: string;
  /** absolute URL of this feed, with its filter parameters (rel="self") */
  selfUrl: string;
  /** absolute URL of the list page it belongs to (rel="alternate") */
  pageUrl: string;
  /** the portal: author of the feed and of every entry */
  author: { name: string; url: string };
  /** host name for the tag: ids */
  idDomain: string;
  programmes: readonly FeedProgramme[];
}

// `feed` declares entry titles and summaries type="html"; plain text must be escaped for that,
// or a reader would take "<b>" in a title for markup.
function asHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** The feed's language on its root (xml:lang, RFC 4287 section 2): `feed` writes it for RSS only. */
export function withFeedLanguage(atom: string, language: string): string {
  if (!atom.includes(ATOM_ROOT)) throw new Error("withFeedLanguage: not an Atom feed of the feed package");
  return atom.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
}

/** The programme's last change: an edit, or its (re)publication, whichever is later. */
export function changedAt(programme: Pick<FeedProgramme, "publishedAt" | "updatedAt">): string {
  return programme.updatedAt > programme.publishedAt ? programme.updatedAt : programme.publishedAt;
}

export function programmeEntryId(programmeId: string, domain: string): string {
  return `tag:${domain},2025:programme:${programmeId}`;
}

/** The newest ATOM_ENTRY_LIMIT changes first. An empty feed is valid and dated by `emptyUpdated`. */
export function buildProgrammeFeed(file: AtomFile, emptyUpdated: Date): string {
  const entries = [...file.programmes].sort((a, b) => changedAt(b).localeCompare(changedAt(a))).slice(0, ATOM_ENTRY_LIMIT);
  const feed = new Feed({
    id: file.selfUrl,
    title: file.title,
    description: file.subtitle,
    link: file.pageUrl,
    feedLinks: { atom: file.selfUrl },
    updated: entries[0] ? new Date(changedAt(entries[0])) : emptyUpdated,
    author: { name: file.author.name, link: file.author.url },
    generator: file.author.name,
  });
  for (const programme of entries) {
    feed.addItem({
      id: programmeEntryId(programme.id, file.idDomain),
      title: asHtml(programme.title),
      link: programme.url,
      description: asHtml(programme.summary),
      date: new Date(changedAt(programme)),
      published: new Date(programme.publishedAt),
      author: [{ name: file.author.name, link: file.author.url }],
    });
  }
  return withFeedLanguage(feed.atom1(), file.language);
}
