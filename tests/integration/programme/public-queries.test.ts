import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { addDays, berlinDay } from "@/lib/dates";
import { getPublishedProgrammeBySlug, listPublishedProgrammeCards, listPublishedProgrammeCardsBySlugs } from "@/lib/programme/queries";
import { parseProgrammeListQuery, searchProgrammes } from "@/lib/programme/listing";
import { deriveProgrammeStatus } from "@/lib/programme/status";

// Own fixtures with a unique prefix, so the test does not depend on the demo data's details.
const prefix = `it-prog-${process.pid}-${Date.now()}`;
const today = berlinDay();
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

const fixtures = [
  { slug: `${prefix}-draft`, status: PublicationStatus.DRAFT, deadline: null },
  { slug: `${prefix}-review`, status: PublicationStatus.IN_REVIEW, deadline: null },
  { slug: `${prefix}-archived`, status: PublicationStatus.ARCHIVED, deadline: null },
  { slug: `${prefix}-today`, status: PublicationStatus.PUBLISHED, deadline: today },
  { slug: `${prefix}-yesterday`, status: PublicationStatus.PUBLISHED, deadline: addDays(today, -1) },
  { slug: `${prefix}-rolling`, status: PublicationStatus.PUBLISHED, deadline: null },
] as const;

beforeAll(async () => {
  const body = await db.organisation.create({
    data: { slug: `${prefix}-org`, name: "Testfördergeber", kind: "MINISTERIUM" },
  });
  for (const f of fixtures) {
    await db.programme.create({
      data: {
        slug: f.slug,
        title: `Testprogramm ${f.slug}`,
        summary: "Kurzbeschreibung",
        description: "Beschreibung",
        fundingBodyId: body.id,
        level: "LAND",
        fundingTypes: ["ZUSCHUSS"],
        targetGroups: ["KMU"],
        deadline: f.deadline ? asDate(f.deadline) : null,
        sourceUrl: "https://example.org/programm",
        lastVerifiedAt: new Date(),
        status: f.status,
      },
    });
  }
});

afterAll(async () => {
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

describe("public programme queries", () => {
  it("never list unpublished programmes", async () => {
    const slugs = (await listPublishedProgrammeCards()).map((p) => p.slug);
    expect(slugs).toContain(`${prefix}-today`);
    for (const hidden of ["draft", "review", "archived"]) expect(slugs).not.toContain(`${prefix}-${hidden}`);
  });

  it("read the cards of search hits by slug, published ones only", async () => {
    const asked = ["today", "rolling", "draft", "archived"].map((suffix) => `${prefix}-${suffix}`);
    const cards = await listPublishedProgrammeCardsBySlugs(asked);
    expect(cards.map((c) => c.slug).sort()).toEqual([`${prefix}-rolling`, `${prefix}-today`]);
    expect(cards.find((c) => c.slug === `${prefix}-today`)).toMatchObject({ targetGroups: ["KMU"], level: "LAND", deadline: today });
  });

  it("never return an unpublished programme by slug", async () => {
    for (const hidden of ["draft", "review", "archived"]) {
      expect(await getPublishedProgrammeBySlug(`${prefix}-${hidden}`)).toBeNull();
    }
    expect(await getPublishedProgrammeBySlug(`${prefix}-rolling`)).not.toBeNull();
  });

  it("derives the status at the deadline boundaries", async () => {
    const cards = await listPublishedProgrammeCards();
    const status = (suffix: string) => deriveProgrammeStatus(cards.find((c) => c.slug === `${prefix}-${suffix}`)!);
    expect(status("today")).toBe("open");
    expect(status("yesterday")).toBe("closed");
    expect(status("rolling")).toBe("rolling");
  });

  it("filters by status through the list query", async () => {
    const cards = await listPublishedProgrammeCards();
    const query = parseProgrammeListQuery({ status: "geschlossen", q: prefix }, { topics: [], kreise: [] });
    const result = searchProgrammes(cards, query, []);
    expect(result.items.map((p) => p.slug)).toEqual([`${prefix}-yesterday`]);
    expect(result.counts.status).toMatchObject({ offen: 2, geschlossen: 1 });
  });
});
