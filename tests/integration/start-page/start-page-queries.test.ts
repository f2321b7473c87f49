import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, berlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { PublicationStatus, type PublicationStatus as Status } from "@/lib/db/enums";
import { listPublishedProgrammeCards } from "@/lib/programme/queries";
import { nearestDeadlines } from "@/lib/start-page/deadlines";
import { START_PAGE_VERIFIED, listRecentlyVerified } from "@/lib/start-page/queries";

// Own fixtures with a unique prefix, checked in the future, so they are the newest checks whatever
// the demo data holds; hidden ones are checked even later, so leaving them out is what the test sees.
const prefix = `it-start-${process.pid}-${Date.now()}`;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
const today = berlinDay();
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const { PUBLISHED, DRAFT, IN_REVIEW, ARCHIVED } = PublicationStatus;

let organisationId = "";
let regionId = "";

async function programme(name: string, status: Status, verified: Date | null, deadline: string | null = null, title = `Teststart ${name}`) {
  await db.programme.create({
    data: {
      slug: `${prefix}-p-${name}`,
      title,
      summary: "Kurz",
      description: "Lang",
      fundingBodyId: organisationId,
      level: "LAND",
      fundingTypes: ["ZUSCHUSS"],
      targetGroups: ["KMU"],
      sourceUrl: "https://example.org/programm",
      deadline: deadline ? asDate(deadline) : null,
      lastVerifiedAt: verified,
      status,
    },
  });
}

async function advisor(name: string, status: Status, verified: Date | null) {
  await db.advisor.create({
    data: {
      slug: `${prefix}-a-${name}`,
      kind: "PERSON",
      name: `Teststart ${name}`,
      summary: "Berät",
      organisationId,
      languages: ["de"],
      consultationModes: ["TELEFON"],
      lastVerifiedAt: verified,
      status,
    },
  });
}

async function provider(name: string, status: Status, verified: Date | null) {
  await db.provider.create({
    data: {
      slug: `${prefix}-d-${name}`,
      name: `Teststart ${name}`,
      summary: "Websites",
      description: "Websites",
      services: ["WEBSITE_SHOP"],
      industries: ["HANDEL"],
      certifications: [],
      size: "MICRO",
      town: "Bitburg",
      regionId,
      lastVerifiedAt: verified,
      status,
    },
  });
}

beforeAll(async () => {
  organisationId = (await db.organisation.create({ data: { slug: `${prefix}-org`, name: "Testgeber", kind: "KAMMER" } })).id;
  regionId = (await db.region.findFirstOrThrow({ where: { kind: "KREIS" }, select: { id: true } })).id;
  await programme("published", PUBLISHED, inDays(50));
  await programme("draft", DRAFT, inDays(90));
  await programme("review", IN_REVIEW, inDays(80));
  await programme("archived", ARCHIVED, inDays(70));
  await advisor("published", PUBLISHED, inDays(30));
  await advisor("draft", DRAFT, inDays(95));
  await provider("published", PUBLISHED, inDays(60));
  await provider("archived", ARCHIVED, inDays(85));
  await provider("never", PUBLISHED, null);
  // Deadlines: today (open through the whole day), a hidden one on the same day, a closed one.
  await programme("deadline-today", PUBLISHED, new Date(), today, "!Teststart Frist heute");
  await programme("deadline-today-draft", DRAFT, new Date(), today, "!!Teststart Frist heute Entwurf");
  await programme("deadline-yesterday", PUBLISHED, new Date(), addDays(today, -1), "!Teststart Frist gestern");
});

afterAll(async () => {
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.advisor.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

describe("Aktuell und geprüft: the most recently verified entries", () => {
  it("mixes the types, newest check first, published entries only", async () => {
    const entries = await listRecentlyVerified(3);
    expect(entries.map((e) => [e.type, e.slug])).toEqual([
      ["provider", `${prefix}-d-published`],
      ["programme", `${prefix}-p-published`],
      ["advisor", `${prefix}-a-published`],
    ]);
    expect(entries[0]).toEqual({ type: "provider", slug: `${prefix}-d-published`, title: "Teststart published", verifiedAt: expect.any(String) });
    expect(new Date(entries[0]!.verifiedAt).getTime()).toBeGreaterThan(Date.now() + 59 * DAY);
    // A programme brings its dates, from which the page derives its status (a closed one says so).
    const shown = entries.find((entry) => entry.type === "programme")!;
    const row = await db.programme.findUniqueOrThrow({ where: { slug: shown.slug }, select: { deadline: true, applicationStart: true } });
    expect(shown.days).toEqual({ deadline: row.deadline?.toISOString().slice(0, 10) ?? null, applicationStart: row.applicationStart?.toISOString().slice(0, 10) ?? null });
  });

  it("keeps to the limit (six by default) and never lists unpublished or never-verified entries", async () => {
    const entries = await listRecentlyVerified();
    expect(entries).toHaveLength(START_PAGE_VERIFIED);
    expect(await listRecentlyVerified(1)).toHaveLength(1);
    expect(await listRecentlyVerified(0)).toEqual([]);
    const times = entries.map((e) => e.verifiedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const slugs = entries.map((e) => e.slug);
    for (const hidden of ["p-draft", "p-review", "p-archived", "a-draft", "d-archived", "d-never"]) expect(slugs).not.toContain(`${prefix}-${hidden}`);
    for (const entry of entries) {
      const delegate = { programme: db.programme, advisor: db.advisor, provider: db.provider, event: db.event, initiative: db.initiative, news: db.newsItem }[entry.type] as typeof db.programme;
      const row = await delegate.findUniqueOrThrow({ where: { slug: entry.slug }, select: { status: true, lastVerifiedAt: true } });
      expect(row.status, entry.slug).toBe(PUBLISHED);
      expect(row.lastVerifiedAt?.toISOString(), entry.slug).toBe(entry.verifiedAt);
    }
  });
});

describe("Fristen demnächst: the open programmes with the nearest deadlines", () => {
  it("starts with today's deadline of a published programme and leaves out drafts and closed ones", async () => {
    const deadlines = nearestDeadlines(await listPublishedProgrammeCards(), new Date());
    expect(deadlines.length).toBeGreaterThan(1);
    expect(deadlines[0]).toMatchObject({ slug: `${prefix}-p-deadline-today`, deadline: today, fundingBodyName: "Testgeber" });
    const slugs = deadlines.map((p) => p.slug);
    expect(slugs).not.toContain(`${prefix}-p-deadline-today-draft`);
    expect(slugs).not.toContain(`${prefix}-p-deadline-yesterday`);
    const days = deadlines.map((p) => p.deadline);
    expect([...days].sort()).toEqual(days);
    expect(days.every((day) => day >= today)).toBe(true);
  });
});
