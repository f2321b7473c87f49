import { FundingLevel, FundingType, Industry, ServiceCategory, TargetGroup } from "@/lib/db/enums";
import { advisors } from "../data/advisors";
import { organisations } from "../data/organisations";
import { initiatives } from "../data/initiatives";
import { events } from "../data/events";
import { news } from "../data/news";
import { programmes } from "../data/programmes";
import { KREISE, regions } from "../data/regions";
import { topics } from "../data/topics";
import { towns } from "../data/towns";
import { demoLogins } from "../data/users";
import { SLUG_PATTERN } from "../slugify";
import { advisorSlug, programmeSlug, providerSlug } from "./slugs";
import { providers } from "../data/providers";
import { advisorTranslations, providerTranslations } from "../data/directory-translations";
import { validateProgrammeDetails } from "./validate-details";

/**
 * Checks the demo data before anything is written: unique and well-formed slugs, references
 * that resolve, and a spread that covers every facet value so filters have something to show.
 * Returns the problems found; an empty list means the data is consistent.
 */
export function validateDemoData(): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  const slugSets = {
    region: uniqueSlugs("region", regions.map((r) => r.slug), problems),
    topic: uniqueSlugs("topic", topics.map((t) => t.slug), problems),
    organisation: uniqueSlugs("organisation", organisations.map((o) => o.slug), problems),
    advisor: uniqueSlugs("advisor", advisors.map(advisorSlug), problems),
    provider: uniqueSlugs("provider", providers.map(providerSlug), problems),
    programme: uniqueSlugs("programme", programmes.map(programmeSlug), problems),
  };

  const titles = new Set<string>();
  for (const p of programmes) {
    const slug = programmeSlug(p);
    check(!titles.has(p.title), `programme title "${p.title}" is used twice`);
    titles.add(p.title);
    check(slugSets.organisation.has(p.fundingBody), `${slug}: unknown funding body ${p.fundingBody}`);
    for (const t of p.topics) check(slugSets.topic.has(t), `${slug}: unknown topic ${t}`);
    for (const r of p.regions) check(slugSets.region.has(r), `${slug}: unknown region ${r}`);
    for (const a of p.advisors) check(slugSets.advisor.has(a), `${slug}: unknown advisor ${a}`);
    const published = (p.status ?? "PUBLISHED") === "PUBLISHED";
    check(!published || (p.advisors.length >= 1 && p.advisors.length <= 4), `${slug}: needs 1–4 advisors`);
    check(p.description.split("\n\n").length >= 2, `${slug}: description needs at least two paragraphs`);
    check(p.amountMin === undefined || p.amountMax === undefined || p.amountMin <= p.amountMax, `${slug}: amountMin > amountMax`);
  }
  for (const a of advisors) {
    const slug = advisorSlug(a);
    check(slugSets.organisation.has(a.organisation), `${slug}: unknown organisation ${a.organisation}`);
    for (const r of a.regions) check(slugSets.region.has(r), `${slug}: unknown region ${r}`);
    check(/@[a-z0-9.-]+\.example$|@example\.org$/.test(a.email), `${slug}: e-mail must use an example domain`);
    check(/^\+49 \d+ 0000-\d+$/.test(a.phone), `${slug}: phone must use a 0000 block`);
  }
  for (const p of providers) {
    check(p.town in towns, `${providerSlug(p)}: unknown town ${p.town}`);
  }
  for (const login of demoLogins) {
    if (login.advisor) check(slugSets.advisor.has(login.advisor), `${login.email}: unknown advisor`);
    if (login.provider) check(slugSets.provider.has(login.provider), `${login.email}: unknown provider`);
  }
  // A mistyped slug would leave the demo without its translated profile, silently.
  for (const slug of Object.keys(advisorTranslations)) check(slugSets.advisor.has(slug), `advisor translations: unknown advisor ${slug}`);
  for (const slug of Object.keys(providerTranslations)) check(slugSets.provider.has(slug), `provider translations: unknown provider ${slug}`);

  const published = programmes.filter((p) => (p.status ?? "PUBLISHED") === "PUBLISHED");
  const coverage = (name: string, all: readonly string[], used: Iterable<string>) => {
    const seen = new Set(used);
    for (const value of all) check(seen.has(value), `no published ${name} uses ${value}`);
  };
  coverage("programme level", Object.values(FundingLevel), published.map((p) => p.level));
  coverage("programme funding type", Object.values(FundingType), published.flatMap((p) => p.fundingTypes));
  coverage("programme target group", Object.values(TargetGroup), published.flatMap((p) => p.targetGroups));
  coverage("programme topic", topics.map((t) => t.slug), published.flatMap((p) => p.topics));
  const publishedProviders = providers.filter((p) => (p.status ?? "PUBLISHED") === "PUBLISHED");
  coverage("provider service", Object.values(ServiceCategory), publishedProviders.flatMap((p) => p.services));
  coverage("provider industry", Object.values(Industry), publishedProviders.flatMap((p) => p.industries));
  coverage("provider Kreis", KREISE, publishedProviders.map((p) => towns[p.town]?.region ?? ""));
  problems.push(...validateProgrammeDetails(slugSets.organisation));
  const initiativeSlugs = uniqueSlugs("initiative", initiatives.map((i) => i.slug), problems);
  for (const i of initiatives) {
    check(initiativeSlugs.has(i.slug), `${i.slug}: slug`);
    check(slugSets.organisation.has(i.responsibleBody), `${i.slug}: unknown responsible body ${i.responsibleBody}`);
    for (const r of i.regions) check(slugSets.region.has(r), `${i.slug}: unknown region ${r}`);
    for (const t of i.topics) check(slugSets.topic.has(t), `${i.slug}: unknown topic ${t}`);
    for (const p of i.programmes ?? []) check(slugSets.programme.has(p), `${i.slug}: unknown programme ${p}`);
    // Only start pages of the bodies and programmes: deep links cannot be checked from here.
    for (const s of i.sourceLinks) check(/^https:\/\/www\.[a-z0-9.-]+\.de$/.test(s.url), `${i.slug}: source ${s.url} is not a start page`);
  }
  const newsSlugs = uniqueSlugs("news", news.map((n) => n.slug), problems);
  const eventSlugs = new Set(events.map((e) => e.slug));
  for (const n of news) {
    check(newsSlugs.has(n.slug), `${n.slug}: slug`);
    check(n.topics.length > 0, `${n.slug}: a published news item needs a Themenfeld`);
    for (const t of n.topics) check(slugSets.topic.has(t), `${n.slug}: unknown topic ${t}`);
    for (const p of n.programmes ?? []) check(slugSets.programme.has(p), `${n.slug}: unknown programme ${p}`);
    for (const i of n.initiatives ?? []) check(initiativeSlugs.has(i), `${n.slug}: unknown initiative ${i}`);
    for (const e of n.events ?? []) check(eventSlugs.has(e), `${n.slug}: unknown event ${e}`);
  }
  return problems;
}

function uniqueSlugs(kind: string, slugs: string[], problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const slug of slugs) {
    if (!SLUG_PATTERN.test(slug)) problems.push(`${kind} slug "${slug}" is not lowercase ASCII with hyphens`);
    if (seen.has(slug)) problems.push(`${kind} slug "${slug}" is used twice`);
    seen.add(slug);
  }
  return seen;
}
