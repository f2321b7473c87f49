import type { BreadcrumbList, LocalBusiness, MonetaryGrant, NewsArticle, Organization, Person, WithContext } from "schema-dts";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import { localizedOptionalText, localizedText } from "@/lib/content/translations";
import { variantWidths } from "@/lib/media/limits";
import { variantUrl } from "@/lib/media/keys";
import type { NewsDetailDTO } from "@/lib/news/dto";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import type { ProviderDetailDTO } from "@/lib/provider/dto";
import type { RegionDTO } from "@/lib/taxonomy/dto";
import type { PageAddress } from "./site-url";

// schema.org descriptions of the public detail pages (docs/architecture.md "Structured data").
// Pure functions of the page's DTO and its absolute URL, so the unit tests check exactly what
// the page embeds. Only what the page itself shows goes in: no contact data the entry hides. On a
// French or English page the texts are the ones the page shows (the translation, else German).

type Crumb = { name: string; url: string };

export const CONTEXT = "https://schema.org" as const;

export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

export function area(region: RegionDTO) {
  return { "@type": "AdministrativeArea" as const, name: region.name };
}

export function postalAddress(entry: { street: string | null; postalCode: string | null; town: string | null }, regionName?: string) {
  if (!entry.street && !entry.postalCode && !entry.town) return undefined;
  return defined({
    "@type": "PostalAddress" as const,
    streetAddress: entry.street ?? undefined,
    postalCode: entry.postalCode ?? undefined,
    addressLocality: entry.town ?? undefined,
    addressRegion: regionName,
    addressCountry: "DE",
  });
}

/** A funding programme is a grant of money (or advice) by its funding body. */
export function programmeJsonLd(programme: ProgrammeDetailDTO, page: PageAddress): WithContext<MonetaryGrant> {
  const body = programme.fundingBody;
  const amount =
    programme.amountMin !== null || programme.amountMax !== null
      ? defined({
          "@type": "MonetaryAmount" as const,
          currency: "EUR",
          minValue: programme.amountMin ?? undefined,
          maxValue: programme.amountMax ?? undefined,
        })
      : undefined;
  return defined({
    "@context": CONTEXT,
    "@type": "MonetaryGrant" as const,
    "@id": page.id,
    url: page.url,
    name: localizedText(programme, "title", page.locale).text,
    description: localizedText(programme, "summary", page.locale).text,
    funder: defined({
      "@type": "Organization" as const,
      name: body.name,
      alternateName: body.shortName ?? undefined,
      url: body.website ?? undefined,
      email: programme.contactEmail ?? body.email ?? undefined,
      telephone: programme.contactPhone ?? body.phone ?? undefined,
    }),
    amount,
    sameAs: programme.sourceUrl,
    dateModified: programme.updatedAt,
  });
}

/** A person works for the organisation; a desk is a unit of it serving its Kreise. */
export function advisorJsonLd(advisor: AdvisorDetailDTO, page: PageAddress): WithContext<Person> | WithContext<Organization> {
  const organisation = defined({ "@type": "Organization" as const, name: advisor.organisation.name, url: advisor.organisation.website ?? undefined });
  const common = {
    "@context": CONTEXT,
    "@id": page.id,
    url: page.url,
    name: advisor.name,
    description: localizedText(advisor, "summary", page.locale).text,
    email: advisor.email ?? undefined,
    telephone: advisor.phone ?? undefined,
    address: postalAddress(advisor),
    knowsAbout: advisor.topics.map((topic) => topic.name),
    knowsLanguage: advisor.languages,
  };
  if (advisor.kind === "PERSON") {
    return defined({ ...common, "@type": "Person" as const, jobTitle: localizedOptionalText(advisor, "jobTitle", page.locale)?.text, worksFor: organisation });
  }
  return defined({ ...common, "@type": "Organization" as const, parentOrganization: organisation, areaServed: advisor.regions.map(area) });
}

/** A provider is a local business at its seat, serving its Kreis; services by their German names. */
export function providerJsonLd(provider: ProviderDetailDTO, page: PageAddress, serviceNames: string[]): WithContext<LocalBusiness> {
  return defined({
    "@context": CONTEXT,
    "@type": "LocalBusiness" as const,
    "@id": page.id,
    url: page.url,
    name: provider.name,
    description: localizedText(provider, "summary", page.locale).text,
    address: postalAddress(provider, provider.region.name),
    areaServed: area(provider.region),
    email: provider.email ?? undefined,
    telephone: provider.phone ?? undefined,
    sameAs: provider.website ?? undefined,
    foundingDate: provider.foundedYear ? String(provider.foundedYear) : undefined,
    knowsAbout: serviceNames,
    // the largest stored variant of the uploaded logo, served from our own origin
    logo: provider.logo ? new URL(variantUrl(provider.logo.hash, Math.max(...variantWidths(provider.logo.width))), page.url).toString() : undefined,
  });
}

/** A news item of the editors; the publisher is the portal's operator, named as the page names it. */
export function newsArticleJsonLd(item: NewsDetailDTO, page: PageAddress, publisher: { name: string; url: string }): WithContext<NewsArticle> {
  const headline = localizedText(item, "title", page.locale);
  return defined({
    "@context": CONTEXT,
    "@type": "NewsArticle" as const,
    headline: headline.text,
    description: localizedText(item, "summary", page.locale).text,
    url: page.url,
    datePublished: item.date,
    dateModified: item.updatedAt,
    about: item.topics.map((t) => ({ "@type": "Thing" as const, name: t.name })),
    publisher: { "@type": "Organization" as const, name: publisher.name, url: publisher.url },
    // the language the article is shown in: the reader's where translated, else the German original
    inLanguage: headline.lang ?? page.locale,
  });
}

/** The page's breadcrumb trail, ending with the page itself when it is named. */
export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so that text such as
 * "</script>" in an entry can never end the script element (the HTML parser ignores JSON quoting).
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
