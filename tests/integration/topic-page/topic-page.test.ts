import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { addDays, berlinDay } from "@/lib/dates";

// Cached reads run directly outside Next.
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

const { getTopicPage } = await import("@/lib/topic-page/page");

// A Themenfeld of this file's own, with entries of every kind in and out of it. DATEN_KI is mapped
// to it in addition to its seeded Themenfelder and set back afterwards.
const prefix = `it-tp-${process.pid}-${Date.now()}`;
const today = berlinDay();
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
let topic: { id: string; slug: string };
let seededMapping: { id: string }[];

async function programme(name: string, over: { status?: PublicationStatus; deadline?: string | null; applicationStart?: string } = {}) {
  const org = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const { status = PublicationStatus.PUBLISHED, deadline = addDays(today, 30), applicationStart } = over;
  await db.programme.create({
    data: {
      slug: `${prefix}-${name}`,
      title: `0 ${prefix} ${name}`,
      summary: "Kurz",
      description: "Lang",
      fundingBodyId: org.id,
      level: "LAND",
      sourceUrl: `https://example.org/${prefix}/${name}`,
      status,
      deadline: deadline ? asDate(deadline) : null,
      applicationStart: applicationStart ? asDate(applicationStart) : null,
      topics: { connect: [{ id: topic.id }] },
    },
  });
}

beforeAll(async () => {
  topic = await db.topic.create({
    data: { slug: `${prefix}-thema`, name: `Thema ${prefix}`, description: "Kurz erklärt", pageText: "Erster Absatz.\n\nZweiter Absatz.", sortOrder: 990 },
    select: { id: true, slug: true },
  });
  seededMapping = (await db.serviceTopicMapping.findUniqueOrThrow({ where: { service: "DATEN_KI" }, select: { topics: { select: { id: true } } } })).topics;
  await db.serviceTopicMapping.update({ where: { service: "DATEN_KI" }, data: { topics: { connect: [{ id: topic.id }] } } });
  await programme("offen-spaet", { deadline: addDays(today, 60) });
  await programme("offen-frueh", { deadline: addDays(today, 5) });
  await programme("demnaechst", { applicationStart: addDays(today, 10), deadline: addDays(today, 40) });
  await programme("geschlossen", { deadline: addDays(today, -1) });
  await programme("entwurf", { status: PublicationStatus.DRAFT });
  const org = await db.organisation.findFirstOrThrow({ select: { id: true } });
  for (const status of [PublicationStatus.PUBLISHED, PublicationStatus.DRAFT]) {
    await db.advisor.create({
      data: {
        slug: `${prefix}-berater-${status.toLowerCase()}`,
        kind: "PERSON",
        name: `0 ${prefix} Beraterin ${status}`,
        summary: "Berät",
        organisationId: org.id,
        languages: ["de"],
        consultationModes: ["TELEFON"],
        status,
        topics: { connect: [{ id: topic.id }] },
      },
    });
  }
  const hour = 3_600_000;
  for (const [name, startsIn] of [["bald", 48], ["spaeter", 24 * 20], ["vorbei", -48]] as const) {
    await db.event.create({
      data: {
        slug: `${prefix}-event-${name}`,
        title: `${prefix} Veranstaltung ${name}`,
        summary: "Kurz",
        description: "<p>Lang</p>",
        organiserId: org.id,
        format: "ONLINE",
        onlineUrl: "https://example.org/webinar",
        startsAt: new Date(Date.now() + startsIn * hour),
        endsAt: new Date(Date.now() + (startsIn + 2) * hour),
        status: PublicationStatus.PUBLISHED,
        topics: { connect: [{ id: topic.id }] },
        regions: { connect: [{ slug: "vulkaneifel" }] },
      },
    });
  }
  await db.initiative.create({
    data: {
      slug: `${prefix}-initiative`,
      title: `${prefix} Initiative`,
      summary: "Kurz",
      description: "<p>Lang</p>",
      phase: "PILOT",
      responsibleBodyId: org.id,
      status: PublicationStatus.PUBLISHED,
      topics: { connect: [{ id: topic.id }] },
      regions: { connect: [{ slug: "vulkaneifel" }] },
      milestones: { create: [{ date: new Date("2024-05-01T00:00:00Z"), title: "Start" }] },
    },
  });
  for (const [name, services] of [["ki", ["DATEN_KI"]], ["web", ["WEBSITE_SHOP"]]] as const) {
    await db.provider.create({
      data: {
        slug: `${prefix}-${name}`,
        name: `0 ${prefix} ${name}`,
        summary: "Kurz",
        description: "Lang",
        services: [...services],
        industries: [],
        certifications: [],
        size: "MICRO",
        town: "Daun",
        region: { connect: { slug: "vulkaneifel" } },
        status: PublicationStatus.PUBLISHED,
      },
    });
  }
});

afterAll(async () => {
  await db.serviceTopicMapping.update({ where: { service: "DATEN_KI" }, data: { topics: { set: seededMapping } } });
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.event.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.initiative.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.advisor.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.topic.delete({ where: { id: topic.id } });
});

describe("getTopicPage", () => {
  it("is null for an unknown Themenfeld", async () => {
    expect(await getTopicPage(`${prefix}-gibt-es-nicht`)).toBeNull();
  });

  it("holds the field's texts and its open or upcoming programmes, nearest deadline first, with the filtered list's link", async () => {
    const page = (await getTopicPage(topic.slug))!;
    expect(page.topic).toEqual({ slug: topic.slug, name: `Thema ${prefix}`, description: "Kurz erklärt", pageText: "Erster Absatz.\n\nZweiter Absatz." });
    expect(page.programmes.entries.map((p) => p.slug)).toEqual([`${prefix}-offen-frueh`, `${prefix}-offen-spaet`, `${prefix}-demnaechst`]);
    expect(page.programmes.total).toBe(3);
    expect(page.programmes.listHref).toBe(`/foerderprogramme?thema=${topic.slug}&status=offen&status=demnaechst`);
    // The upcoming one opens in ten days; the early deadline's countdown starts before that.
    expect(page.expiresAt).not.toBeNull();
    expect(page.expiresAt!.getTime()).toBeLessThanOrEqual(asDate(addDays(today, 10)).getTime() + 86_400_000);
  });

  it("lists the field's published advisors and the providers of the Leistungen mapped to it", async () => {
    const page = (await getTopicPage(topic.slug))!;
    expect(page.advisors.entries.map((a) => a.slug)).toEqual([`${prefix}-berater-published`]);
    expect(page.advisors.listHref).toBe(`/berater?thema=${topic.slug}`);
    expect(page.providers.entries.map((p) => p.slug)).toContain(`${prefix}-ki`);
    expect(page.providers.entries.map((p) => p.slug)).not.toContain(`${prefix}-web`);
    expect(page.providers.listHref).toBe("/dienstleister?leistung=daten-ki");
  });

  it("lists the field's coming events soonest first, leaving past ones out, and its initiatives with their milestones", async () => {
    const page = (await getTopicPage(topic.slug))!;
    expect(page.events.entries.map((e) => e.slug)).toEqual([`${prefix}-event-bald`, `${prefix}-event-spaeter`]);
    expect(page.events.listHref).toBe(`/veranstaltungen?thema=${topic.slug}`);
    expect(page.initiatives.entries.map((i) => [i.slug, i.phase, i.milestones.map((m) => m.date)])).toEqual([[`${prefix}-initiative`, "PILOT", ["2024-05-01"]]]);
    expect(page.initiatives.listHref).toBe(`/initiativen?thema=${topic.slug}`);
    // The soonest event ends in two days; Berlin midnight (initiatives shown) comes first.
    expect(page.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 25 * 3_600_000);
  });
});
