import { describe, expect, it } from "vitest";
import { withFeedLanguage } from "@/lib/subscriptions/atom";
import { withSubscriptionLocale } from "@/lib/subscriptions/links";

describe("a feed's or calendar file's address for a reader's language", () => {
  it("stays as it was for German readers", () => {
    expect(withSubscriptionLocale("/foerderprogramme/feed.atom?foerderart=zuschuss", "de")).toBe("/foerderprogramme/feed.atom?foerderart=zuschuss");
    expect(withSubscriptionLocale("/fristen/kalender.ics", "de")).toBe("/fristen/kalender.ics");
  });

  it("adds lang after the filters for French and English readers", () => {
    expect(withSubscriptionLocale("/foerderprogramme/feed.atom?foerderart=zuschuss&q=ki", "fr")).toBe("/foerderprogramme/feed.atom?foerderart=zuschuss&q=ki&lang=fr");
    expect(withSubscriptionLocale("/foerderprogramme/isb-digiboost/kalender.ics", "en")).toBe("/foerderprogramme/isb-digiboost/kalender.ics?lang=en");
  });
});

describe("an Atom feed's language", () => {
  it("is set on the feed's root element", () => {
    const atom = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>x</title></feed>';
    expect(withFeedLanguage(atom, "fr")).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
  });

  it("refuses what is not the feed package's Atom, rather than leave the language out silently", () => {
    expect(() => withFeedLanguage("<rss></rss>", "fr")).toThrow(/not an Atom feed/);
  });
});
