import { describe, expect, it } from "vitest";
import { bareDomainHost } from "@/lib/programme/source-url";

describe("bareDomainHost (the editor's and the seed's start-page rule)", () => {
  it("names the host of a site's start page: empty path, '/', a language or index page", () => {
    expect(bareDomainHost("https://www.bafa.de")).toBe("www.bafa.de");
    expect(bareDomainHost("https://www.bafa.de/")).toBe("www.bafa.de");
    expect(bareDomainHost("http://isb.rlp.de/#foerderung")).toBe("isb.rlp.de");
    expect(bareDomainHost("  https://www.kfw.de/de/  ")).toBe("www.kfw.de");
    expect(bareDomainHost("https://www.trier.de/index.html")).toBe("www.trier.de");
    expect(bareDomainHost("https://www.konz.de/startseite")).toBe("www.konz.de");
    expect(bareDomainHost("https://WWW.Wittlich.DE/Index.PHP")).toBe("www.wittlich.de");
  });

  it("accepts a programme's own page", () => {
    expect(bareDomainHost("https://www.bafa.de/DE/Wirtschaft/Beratung_Finanzierung/Unternehmensberatung/unternehmensberatung_node.html")).toBeNull();
    expect(bareDomainHost("https://www.ihk.de/trier")).toBeNull();
    expect(bareDomainHost("https://isb.rlp.de/foerderung/digiboost.html")).toBeNull();
    expect(bareDomainHost("https://www.foerderdatenbank.de/FDB/Content/DE/Foerderprogramm/Bund/BMWi/go-digital.html")).toBeNull();
    // a German start page is "/de"; a page under it is not
    expect(bareDomainHost("https://www.kfw.de/de/foerderung")).toBeNull();
  });

  it("treats a query as naming the page (…/index.php?id=4711)", () => {
    expect(bareDomainHost("https://www.vg-beispiel.de/index.php?id=4711")).toBeNull();
    expect(bareDomainHost("https://www.vg-beispiel.de/?seite=foerderung")).toBeNull();
  });

  it("leaves what is not an http(s) URL to the schema's URL check", () => {
    expect(bareDomainHost("")).toBeNull();
    expect(bareDomainHost(null)).toBeNull();
    expect(bareDomainHost("bafa.de")).toBeNull();
    expect(bareDomainHost("javascript:alert(1)")).toBeNull();
    expect(bareDomainHost("ftp://example.org/")).toBeNull();
  });
});
