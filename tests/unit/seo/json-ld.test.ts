import { describe, expect, it } from "vitest";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import type { ProviderDetailDTO } from "@/lib/provider/dto";
import { advisorJsonLd, breadcrumbJsonLd, programmeJsonLd, providerJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

/** A German page: its address is also the entry's identity. */
const german = (url: string) => ({ id: url, url, locale: "de" as const });

const eifel = { slug: "eifelkreis-bitburg-pruem", name: "Eifelkreis Bitburg-Prüm", kind: "KREIS" as const };

const programme: ProgrammeDetailDTO = {
  slug: "digiboost",
  title: "DigiBoost",
  summary: "Zuschuss für Digitalisierung",
  description: "<p>Text</p>",
  eligibility: null,
  howToApply: null,
  level: "LAND",
  fundingTypes: ["ZUSCHUSS"],
  targetGroups: ["KMU"],
  topics: [],
  regions: [],
  fundingBody: { slug: "isb", name: "Investitions- und Strukturbank", shortName: "ISB", website: "https://isb.rlp.de", email: "info@isb.example", phone: null, contactUrl: null },
  amountText: null,
  amountMin: 5000,
  amountMax: null,
  maxEmployees: null,
  applyBeforeProjectStart: null,
  sourceUrl: "https://isb.rlp.de/foerderung/digiboost.html",
  legalBasisTitle: null,
  legalBasisUrl: null,
  requiredDocuments: null,
  combinability: null,
  combinabilityNote: null,
  contactName: null,
  contactEmail: "foerderung@isb.example",
  contactPhone: null,
  successors: [],
  lastVerifiedAt: null,
  updatedAt: "2026-11-30T10:00:00.000Z",
  advisors: [],
  applicationStart: null,
  deadline: "2026-12-31",
};

const advisor: AdvisorDetailDTO = {
  slug: "anna",
  kind: "PERSON",
  name: "Anna Beispiel",
  jobTitle: "Digitalberaterin",
  summary: "Berät Handwerksbetriebe",
  organisation: { slug: "hwk", name: "Handwerkskammer Trier", shortName: "HWK", website: "https://hwk-trier.de" },
  topics: [{ slug: "it-sicherheit", name: "IT-Sicherheit", description: "" }],
  regions: [eifel],
  languages: ["de", "fr"],
  consultationModes: [],
  email: null,
  phone: "0651 1234",
  street: "Loebstraße 18",
  postalCode: "54292",
  town: "Trier",
  officeHours: null,
  bookingUrl: null,
  lastVerifiedAt: null,
  updatedAt: "2026-11-30T10:00:00.000Z",
  programmes: [],
};

const provider: ProviderDetailDTO = {
  slug: "eifel-web",
  name: "Eifel Web GmbH",
  summary: "Webshops aus Bitburg",
  description: "<p>Text</p>",
  services: ["WEBSITE_SHOP"],
  industries: [],
  certifications: [],
  size: "SMALL",
  foundedYear: 2011,
  street: "Hauptstraße 1",
  postalCode: "54634",
  town: "Bitburg",
  region: eifel,
  email: null,
  phone: null,
  website: "https://eifel-web.example",
  logo: { hash: "a".repeat(64), width: 300, height: 200 },
  references: [],
  lastVerifiedAt: null,
  updatedAt: "2026-11-30T10:00:00.000Z",
};

describe("structured data of the detail pages", () => {
  it("describes a programme as a MonetaryGrant of its funding body, with the programme's own contact first", () => {
    const data = programmeJsonLd(programme, german("https://portal.example/foerderprogramme/digiboost"));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "MonetaryGrant",
      url: "https://portal.example/foerderprogramme/digiboost",
      name: "DigiBoost",
      description: "Zuschuss für Digitalisierung",
      funder: { "@type": "Organization", name: "Investitions- und Strukturbank", alternateName: "ISB", email: "foerderung@isb.example" },
      amount: { "@type": "MonetaryAmount", currency: "EUR", minValue: 5000 },
      sameAs: "https://isb.rlp.de/foerderung/digiboost.html",
    });
    // Unknown values are left out, never written as null.
    expect(JSON.stringify(data)).not.toContain("null");
    expect(data.amount).not.toHaveProperty("maxValue");
  });

  it("on an English page names the programme in English where translated, at the English address", () => {
    const page = { id: "https://portal.example/foerderprogramme/digiboost", url: "https://portal.example/en/foerderprogramme/digiboost", locale: "en" as const };
    expect(programmeJsonLd({ ...programme, titleEn: "DigiBoost grant", summaryEn: null }, page)).toMatchObject({
      "@id": page.id,
      url: page.url,
      name: "DigiBoost grant",
      description: "Zuschuss für Digitalisierung",
    });
  });

  it("leaves the amount out when the programme names none", () => {
    expect(programmeJsonLd({ ...programme, amountMin: null }, german("https://x.example/p"))).not.toHaveProperty("amount");
  });

  it("describes a person as Person working for the organisation, a desk as an Organization serving its Kreise", () => {
    expect(advisorJsonLd(advisor, german("https://x.example/berater/anna"))).toMatchObject({
      "@type": "Person",
      name: "Anna Beispiel",
      jobTitle: "Digitalberaterin",
      worksFor: { "@type": "Organization", name: "Handwerkskammer Trier" },
      telephone: "0651 1234",
      address: { "@type": "PostalAddress", streetAddress: "Loebstraße 18", postalCode: "54292", addressLocality: "Trier", addressCountry: "DE" },
      knowsAbout: ["IT-Sicherheit"],
      knowsLanguage: ["de", "fr"],
    });
    const desk = advisorJsonLd({ ...advisor, kind: "DESK", name: "Digitallotsen" }, german("https://x.example/berater/d"));
    expect(desk).toMatchObject({
      "@type": "Organization",
      parentOrganization: { name: "Handwerkskammer Trier" },
      areaServed: [{ "@type": "AdministrativeArea", name: "Eifelkreis Bitburg-Prüm" }],
    });
    expect(desk).not.toHaveProperty("email");
  });

  it("on a French page describes an advisor and a provider with their French texts where translated; names stay", () => {
    const page = (path: string) => ({ id: `https://x.example${path}`, url: `https://x.example/fr${path}`, locale: "fr" as const });
    expect(advisorJsonLd({ ...advisor, summaryFr: "Conseille les artisans", jobTitleFr: null }, page("/berater/anna"))).toMatchObject({
      url: "https://x.example/fr/berater/anna",
      name: "Anna Beispiel",
      description: "Conseille les artisans",
      jobTitle: "Digitalberaterin",
    });
    expect(advisorJsonLd({ ...advisor, jobTitleFr: "Conseillère numérique" }, page("/berater/anna"))).toMatchObject({ description: "Berät Handwerksbetriebe", jobTitle: "Conseillère numérique" });
    expect(providerJsonLd({ ...provider, summaryFr: "Boutiques en ligne à Bitburg" }, page("/dienstleister/eifel-web"), [])).toMatchObject({
      name: "Eifel Web GmbH",
      description: "Boutiques en ligne à Bitburg",
    });
  });

  it("describes a provider as a LocalBusiness at its seat serving its Kreis", () => {
    expect(providerJsonLd(provider, german("https://x.example/dienstleister/eifel-web"), ["Website und Webshop"])).toMatchObject({
      "@type": "LocalBusiness",
      name: "Eifel Web GmbH",
      address: { addressLocality: "Bitburg", postalCode: "54634", addressRegion: "Eifelkreis Bitburg-Prüm", addressCountry: "DE" },
      areaServed: { "@type": "AdministrativeArea", name: "Eifelkreis Bitburg-Prüm" },
      sameAs: "https://eifel-web.example",
      foundingDate: "2011",
      knowsAbout: ["Website und Webshop"],
      // 300 px wide: the 96 and 192 px variants exist, not the 384 px one
      logo: `https://x.example/medien/${"a".repeat(64)}/192`,
    });
    expect(providerJsonLd({ ...provider, logo: null }, german("https://x.example/d"), [])).not.toHaveProperty("logo");
  });

  it("numbers the breadcrumb trail from 1", () => {
    expect(breadcrumbJsonLd([{ name: "Startseite", url: "https://x.example/" }, { name: "Förderprogramme", url: "https://x.example/foerderprogramme" }]).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Startseite", item: "https://x.example/" },
      { "@type": "ListItem", position: 2, name: "Förderprogramme", item: "https://x.example/foerderprogramme" },
    ]);
  });

  it("serializes so that no entry text can close the script element", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>", note: "a\u2028b" });
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>", note: "a\u2028b" });
  });
});
