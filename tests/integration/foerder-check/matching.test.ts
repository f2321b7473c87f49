import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedAdvisorCards } from "@/lib/advisor/queries";
import { addDays, berlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/db/enums";
import { matchAdvisors, matchProviders } from "@/lib/foerder-check/directories";
import { matchProgrammes, type CompleteAnswers } from "@/lib/foerder-check/match";
import { listPublishedProgrammeCards } from "@/lib/programme/queries";
import { listPublishedProviderCards } from "@/lib/provider/queries";

// The Förder-Check's matching over what the public reads return from a real database: published
// entries only, closed programmes never, Kreis and topic from the relations.
const prefix = `it-check-${process.pid}-${Date.now()}`;
const today = berlinDay();
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const TOPIC = "digitaler-wandel-wirtschaft";
const KREIS = "eifelkreis-bitburg-pruem";
const KREISE = ["stadt-trier", "trier-saarburg", "bernkastel-wittlich", KREIS, "vulkaneifel"];
const ANSWERS: CompleteAnswers = { wer: "handwerk", beschaeftigte: 12, wo: KREIS, was: "webshop", betrag: "bis-10000", wann: "sofort" };

let organisationId = "";

type ProgrammeInput = { level: "LAND" | "KOMMUNE"; regions: string[]; start: string | null; deadline: string | null; status?: PublicationStatus; summary?: string };

async function programme(name: string, input: ProgrammeInput) {
  await db.programme.create({
    data: {
      slug: `${prefix}-${name}`,
      title: `Testcheck ${name}`,
      summary: input.summary ?? "Kurz",
      description: "Lang",
      fundingBodyId: organisationId,
      level: input.level,
      fundingTypes: ["ZUSCHUSS"],
      targetGroups: ["HANDWERK"],
      amountMax: 8_000,
      topics: { connect: [{ slug: TOPIC }] },
      regions: { connect: input.regions.map((slug) => ({ slug })) },
      sourceUrl: "https://example.org/programm",
      applicationStart: input.start ? asDate(input.start) : null,
      deadline: input.deadline ? asDate(input.deadline) : null,
      status: input.status ?? "PUBLISHED",
    },
  });
}

beforeAll(async () => {
  await db.topic.upsert({ where: { slug: TOPIC }, update: {}, create: { slug: TOPIC, name: "Digitaler Wandel in der Wirtschaft", description: "Test" } });
  organisationId = (await db.organisation.create({ data: { slug: `${prefix}-org`, name: "Testgeber", kind: "KAMMER" } })).id;
  await programme("land-open", { level: "LAND", regions: ["rheinland-pfalz"], start: addDays(today, -30), deadline: addDays(today, 30), summary: "Zuschuss für Ihren Webshop" });
  await programme("eifel-upcoming", { level: "KOMMUNE", regions: [KREIS], start: addDays(today, 10), deadline: null });
  await programme("land-closed", { level: "LAND", regions: ["rheinland-pfalz"], start: addDays(today, -90), deadline: addDays(today, -1) });
  await programme("land-draft", { level: "LAND", regions: ["rheinland-pfalz"], start: null, deadline: null, status: "DRAFT" });
  await programme("vulkaneifel", { level: "KOMMUNE", regions: ["vulkaneifel"], start: null, deadline: null });

  const region = (slug: string) => db.region.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  for (const [name, status, kreis] of [["advisor", "PUBLISHED", KREIS], ["advisor-draft", "DRAFT", KREIS], ["advisor-trier", "PUBLISHED", "stadt-trier"]] as const) {
    await db.advisor.create({
      data: {
        slug: `${prefix}-${name}`, kind: "PERSON", name: `Testcheck ${name}`, summary: "Berät", organisationId, languages: ["de"], consultationModes: ["TELEFON"],
        topics: { connect: [{ slug: TOPIC }] }, regions: { connect: [{ slug: kreis }] }, status,
      },
    });
  }
  for (const [name, services, kreis] of [["shop", ["WEBSITE_SHOP"], KREIS], ["security", ["IT_SICHERHEIT"], KREIS], ["shop-trier", ["WEBSITE_SHOP"], "stadt-trier"]] as const) {
    await db.provider.create({
      data: {
        slug: `${prefix}-${name}`, name: `Testcheck ${name}`, summary: "Web", description: "Web", services: [...services], industries: ["HANDEL"], certifications: [],
        size: "MICRO", town: "Bitburg", regionId: (await region(kreis)).id, status: "PUBLISHED",
      },
    });
  }
});

afterAll(async () => {
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.advisor.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

const ours = <T extends { slug: string }>(items: T[]) => items.filter((item) => item.slug.startsWith(prefix)).map((item) => item.slug.slice(prefix.length + 1));

describe("the Förder-Check against the database", () => {
  it("offers the open and the soon-open programme, never the closed, unpublished or other-Kreis one", async () => {
    const matches = matchProgrammes(ANSWERS, await listPublishedProgrammeCards(), { kreise: KREISE, now: new Date() }, new Map([[TOPIC, "Digitaler Wandel"]]));
    const found = matches.filter((m) => m.programme.slug.startsWith(prefix));
    expect(found.map((m) => [m.programme.slug.slice(prefix.length + 1), m.programme.status])).toEqual([
      ["land-open", "open"],
      ["eifel-upcoming", "upcoming"],
    ]);
    const open = found[0]!;
    expect(open.reasons.map((r) => r.rule)).toEqual(["who", "where", "topic", "keyword", "amount", "timing"]);
    expect(open.score).toBe(7);
    expect(found[1]!.reasons.map((r) => r.rule)).toEqual(["who", "where", "whereLocal", "topic", "amount"]);
    expect(found[1]!.checks.map((c) => c.key)).toContain("checks.upcoming");
  });

  it("finds the published advisor for the Kreis and topic and the provider in the Kreis with a fitting service", async () => {
    expect(ours(matchAdvisors(ANSWERS, (await listPublishedAdvisorCards()).filter((a) => a.slug.startsWith(prefix)), KREISE))).toEqual(["advisor"]);
    expect(ours(matchProviders(ANSWERS, (await listPublishedProviderCards()).filter((p) => p.slug.startsWith(prefix))))).toEqual(["shop"]);
  });
});
