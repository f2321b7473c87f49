import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedAdvisorBySlug, listPublishedAdvisorCards } from "@/lib/advisor/queries";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";

// Own fixtures with a unique prefix, so the assertions do not depend on the demo data's details;
// a second block checks the seeded data as a whole.
const prefix = `it-adv-${process.pid}-${Date.now()}`;
const HIDDEN = [PublicationStatus.DRAFT, PublicationStatus.IN_REVIEW, PublicationStatus.ARCHIVED] as const;
const ALL = [PublicationStatus.PUBLISHED, ...HIDDEN] as const;
const slug = (kind: string, status: PublicationStatus) => `${prefix}-${kind}-${status.toLowerCase()}`;

beforeAll(async () => {
  const org = await db.organisation.create({ data: { slug: `${prefix}-org`, name: "Testkammer", kind: "KAMMER" } });
  const programmes = [];
  for (const status of ALL) {
    programmes.push(
      await db.programme.create({
        data: {
          slug: slug("prog", status),
          title: `Testprogramm ${status}`,
          summary: "Kurzbeschreibung",
          description: "Beschreibung",
          fundingBodyId: org.id,
          level: "LAND",
          fundingTypes: ["ZUSCHUSS"],
          targetGroups: ["KMU"],
          sourceUrl: "https://example.org/programm",
          lastVerifiedAt: new Date(),
          status,
        },
      }),
    );
  }
  for (const status of ALL) {
    await db.advisor.create({
      data: {
        slug: slug("advisor", status),
        kind: "PERSON",
        name: `Testberaterin ${status}`,
        summary: "Berät zu allem",
        organisationId: org.id,
        languages: ["de"],
        consultationModes: ["TELEFON"],
        lastVerifiedAt: new Date(),
        status,
        // Every advisor is linked to programmes in every state.
        programmes: { connect: programmes.map((p) => ({ id: p.id })) },
      },
    });
  }
});

afterAll(async () => {
  await db.advisor.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

describe("public advisor queries (fixtures)", () => {
  it("list only the published advisor", async () => {
    const slugs = (await listPublishedAdvisorCards()).map((a) => a.slug);
    expect(slugs).toContain(slug("advisor", PublicationStatus.PUBLISHED));
    for (const status of HIDDEN) expect(slugs).not.toContain(slug("advisor", status));
  });

  it("return no draft, in-review or archived advisor by slug, and nothing for unknown slugs", async () => {
    for (const status of HIDDEN) expect(await getPublishedAdvisorBySlug(slug("advisor", status))).toBeNull();
    expect(await getPublishedAdvisorBySlug(`${prefix}-gibt-es-nicht`)).toBeNull();
  });

  it("list only the published programmes an advisor advises on", async () => {
    const advisor = await getPublishedAdvisorBySlug(slug("advisor", PublicationStatus.PUBLISHED));
    expect(advisor?.programmes.map((p) => p.slug)).toEqual([slug("prog", PublicationStatus.PUBLISHED)]);
    expect(advisor?.organisation).toEqual({ slug: `${prefix}-org`, name: "Testkammer", shortName: null, website: null });
  });

  it("carry calendar days and ISO instants, never Date objects (safe for the JSON cache)", async () => {
    const advisor = await getPublishedAdvisorBySlug(slug("advisor", PublicationStatus.PUBLISHED));
    expect(typeof advisor?.lastVerifiedAt).toBe("string");
    expect(advisor?.programmes[0]).toMatchObject({ applicationStart: null, deadline: null, fundingBodyName: "Testkammer" });
  });
});

describe("public advisor queries (whole database)", () => {
  it("never list an advisor that is not published", async () => {
    const listed = new Set((await listPublishedAdvisorCards()).map((a) => a.slug));
    const rows = await db.advisor.findMany({ select: { slug: true, status: true } });
    const hidden = rows.filter((r) => r.status !== PublicationStatus.PUBLISHED);
    expect(hidden.length).toBeGreaterThanOrEqual(HIDDEN.length);
    for (const row of hidden) expect(listed.has(row.slug), row.slug).toBe(false);
    expect(listed.size).toBe(rows.length - hidden.length);
  });

  it("never show an unpublished programme on any advisor's page", async () => {
    const cards = await listPublishedAdvisorCards();
    const published = new Set(
      (await db.programme.findMany({ where: { status: PublicationStatus.PUBLISHED }, select: { slug: true } })).map((p) => p.slug),
    );
    for (const card of cards) {
      const advisor = await getPublishedAdvisorBySlug(card.slug);
      for (const programme of advisor?.programmes ?? []) expect(published.has(programme.slug), `${card.slug} → ${programme.slug}`).toBe(true);
    }
  });
});
