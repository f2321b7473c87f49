import type { Prisma } from "@/lib/db/client";
import {
  CompanySize,
  ConsultationMode,
  FundingLevel,
  FundingType,
  Industry,
  type PublicationStatus,
  ServiceCategory,
  TargetGroup,
} from "@/lib/db/enums";
import { towns } from "../data/towns";
import type { SeedClock } from "../relative-dates";
import type { Random } from "./prng";
import * as W from "./words";

/** Every synthetic row's slug starts with this, which is how they are found and removed again. */
export const SYNTHETIC_PREFIX = "synth-";

export interface SyntheticContext {
  random: Random;
  clock: SeedClock;
  organisationIds: string[];
  topicIds: string[];
  /** Region ids by slug (all kinds). */
  regionIds: Map<string, string>;
}

export type JoinRow = [a: string, b: string];

const euro = new Intl.NumberFormat("de-DE");
const pad = (n: number) => String(n).padStart(6, "0");
/** cuid-shaped (25 lowercase alphanumerics starting with "c") and unique per kind and index. */
const syntheticId = (kind: string, n: number) => `csyn${kind}${String(n).padStart(20, "0")}`;
export const syntheticProgrammeId = (n: number) => syntheticId("p", n);
export const syntheticAdvisorId = (n: number) => syntheticId("a", n);
const syntheticProviderId = (n: number) => syntheticId("v", n);

function status(r: Random): PublicationStatus {
  const x = r.next();
  return x < 0.92 ? "PUBLISHED" : x < 0.95 ? "DRAFT" : x < 0.97 ? "IN_REVIEW" : "ARCHIVED";
}

function sentences(r: Random, pool: readonly string[], min: number, max: number) {
  return r.some(pool, min, max).join(" ");
}

export function programmeRow(ctx: SyntheticContext, n: number, advisorCount: number) {
  const { random: r, clock } = ctx;
  const subject = r.pick(W.PROGRAMME_SUBJECTS);
  const audience = r.pick(W.PROGRAMME_AUDIENCES);
  const title = `${r.pick(W.PROGRAMME_KINDS)} ${subject} ${audience} (${pad(n)})`;
  const x = r.next();
  // Roughly: 45 % open, 20 % rolling, 15 % upcoming, 20 % closed.
  const [start, deadline] =
    x < 0.45 ? [-r.int(1, 200), r.int(0, 365)]
    : x < 0.65 ? [r.chance(0.5) ? -r.int(1, 900) : null, null]
    : x < 0.8 ? [r.int(1, 120), r.chance(0.7) ? r.int(121, 400) : null]
    : [-r.int(200, 900), -r.int(1, 199)];
  const amountMax = r.chance(0.7) ? r.pick([1_000, 5_000, 15_000, 50_000, 200_000, 1_000_000]) : null;
  const verifiedDaysAgo = r.int(0, 220);
  const s = status(r);
  const row: Prisma.ProgrammeCreateManyInput = {
    id: syntheticProgrammeId(n),
    slug: `${SYNTHETIC_PREFIX}programm-${pad(n)}`,
    title,
    summary: `${subject} ${audience}: ${sentences(r, W.SUMMARY_SENTENCES, 1, 2)}`,
    description: [sentences(r, W.DESCRIPTION_SENTENCES, 2, 3), sentences(r, W.DESCRIPTION_SENTENCES, 2, 3)].join("\n\n"),
    eligibility: `Antragsberechtigt sind Einrichtungen ${audience}.`,
    howToApply: "Online-Antrag beim Fördergeber vor Beginn des Vorhabens.",
    fundingBodyId: r.pick(ctx.organisationIds),
    level: r.pick(Object.values(FundingLevel)),
    fundingTypes: r.some(Object.values(FundingType), 1, 2),
    targetGroups: r.some(Object.values(TargetGroup), 1, 3),
    amountText: amountMax ? `Zuschuss bis ${euro.format(amountMax)} €` : "Höhe abhängig vom Vorhaben",
    amountMin: amountMax && r.chance(0.3) ? Math.round(amountMax / 10) : null,
    amountMax,
    applicationStart: start === null ? null : clock.day(start),
    deadline: deadline === null ? null : clock.day(deadline),
    sourceUrl: `https://foerderung.example/programme/${pad(n)}`,
    lastVerifiedAt: clock.instant(verifiedDaysAgo),
    status: s,
    publishedAt: s === "PUBLISHED" ? clock.instant(verifiedDaysAgo + 30, 9) : null,
  };
  const id = row.id!;
  const topics = r.some(ctx.topicIds, 1, 3).map((t): JoinRow => [id, t]);
  const regions = r.some([...ctx.regionIds.values()], 1, 2).map((g): JoinRow => [id, g]);
  const advisors: JoinRow[] = [];
  if (advisorCount > 0) {
    const linked = new Set(Array.from({ length: r.int(0, 3) }, () => r.int(1, advisorCount)));
    for (const a of linked) advisors.push([syntheticAdvisorId(a), id]); // _ProgrammeAdvisors: A = Advisor
  }
  return { row, topics, regions, advisors };
}

export function advisorRow(ctx: SyntheticContext, n: number) {
  const { random: r, clock } = ctx;
  const person = r.chance(0.8);
  const townName = r.pick(Object.keys(towns));
  const town = towns[townName]!;
  const name = person
    ? `${r.pick(W.FIRST_NAMES)} ${r.pick(W.LAST_NAMES)}`
    : `Beratungsstelle ${r.pick(W.COMPANY_PREFIXES)} ${pad(n)}`;
  const verifiedDaysAgo = r.int(0, 220);
  const s = status(r);
  const row: Prisma.AdvisorCreateManyInput = {
    id: syntheticAdvisorId(n),
    slug: `${SYNTHETIC_PREFIX}berater-${pad(n)}`,
    kind: person ? "PERSON" : "DESK",
    name,
    jobTitle: person ? r.pick(W.JOB_TITLES) : null,
    summary: `Berät zu ${r.pick(W.PROGRAMME_SUBJECTS)} ${r.pick(W.PROGRAMME_AUDIENCES)}.`,
    organisationId: r.pick(ctx.organisationIds),
    languages: ["de", ...r.some(["en", "fr", "lb"], 0, 2)],
    consultationModes: r.some(Object.values(ConsultationMode), 1, 4),
    email: `berater-${pad(n)}@beispiel.example`,
    phone: `+49 ${town.areaCode} 0000-${pad(n).slice(-3)}`,
    street: `Musterstraße ${r.int(1, 120)}`,
    postalCode: town.postalCode,
    town: townName,
    officeHours: r.pick(W.OFFICE_HOURS),
    lastVerifiedAt: clock.instant(verifiedDaysAgo),
    status: s,
    publishedAt: s === "PUBLISHED" ? clock.instant(verifiedDaysAgo + 30, 9) : null,
  };
  const id = row.id!;
  const kreis = ctx.regionIds.get(town.region)!;
  const regionIds = new Set([kreis, ...r.some([...ctx.regionIds.values()], 0, 2)]);
  return {
    row,
    topics: r.some(ctx.topicIds, 1, 3).map((t): JoinRow => [id, t]),
    regions: [...regionIds].map((g): JoinRow => [id, g]),
  };
}

export function providerRow(ctx: SyntheticContext, n: number) {
  const { random: r, clock } = ctx;
  const townName = r.pick(Object.keys(towns));
  const town = towns[townName]!;
  const name = [r.pick(W.COMPANY_PREFIXES), r.pick(W.COMPANY_CORES), r.pick(W.LEGAL_FORMS)].join(" ").trim();
  const services = r.some(Object.values(ServiceCategory), 1, 3);
  const verifiedDaysAgo = r.int(0, 220);
  const s = status(r);
  const id = syntheticProviderId(n);
  const row: Prisma.ProviderCreateManyInput = {
    id,
    slug: `${SYNTHETIC_PREFIX}dienstleister-${pad(n)}`,
    name,
    summary: `${name} aus ${townName}: ${r.pick(W.PROGRAMME_SUBJECTS)} ${r.pick(W.PROGRAMME_AUDIENCES)}.`,
    description: [sentences(r, W.DESCRIPTION_SENTENCES, 1, 2), sentences(r, W.SUMMARY_SENTENCES, 1, 2)].join("\n\n"),
    services,
    industries: r.some(Object.values(Industry), 1, 3),
    certifications: r.some(W.CERTIFICATIONS, 0, 2),
    size: r.pick(Object.values(CompanySize)),
    foundedYear: r.int(1985, 2025),
    street: `Gewerbestraße ${r.int(1, 80)}`,
    postalCode: town.postalCode,
    town: townName,
    regionId: ctx.regionIds.get(town.region)!,
    email: `kontakt@synth-${pad(n)}.example`,
    phone: `+49 ${town.areaCode} 0000-${pad(n).slice(-3)}`,
    website: `https://synth-${pad(n)}.example`,
    lastVerifiedAt: clock.instant(verifiedDaysAgo),
    status: s,
    publishedAt: s === "PUBLISHED" ? clock.instant(verifiedDaysAgo + 30, 9) : null,
  };
  const references: Prisma.ProviderReferenceCreateManyInput[] = Array.from({ length: r.int(0, 3) }, (_, i) => ({
    id: syntheticId("r", n * 4 + i),
    providerId: id,
    title: r.pick(W.REFERENCE_TITLES),
    description: r.pick(W.DESCRIPTION_SENTENCES),
    year: r.int(2015, 2025),
    sortOrder: i,
  }));
  return { row, references };
}
