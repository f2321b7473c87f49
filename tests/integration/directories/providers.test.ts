import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { getPublishedProviderBySlug, listPublishedProviderCards } from "@/lib/provider/queries";

// Own fixtures with a unique prefix, so the assertions do not depend on the demo data's details;
// a second block checks the seeded data as a whole.
const prefix = `it-prov-${process.pid}-${Date.now()}`;
const HIDDEN = [PublicationStatus.DRAFT, PublicationStatus.IN_REVIEW, PublicationStatus.ARCHIVED] as const;
const ALL = [PublicationStatus.PUBLISHED, ...HIDDEN] as const;
const slug = (status: PublicationStatus) => `${prefix}-${status.toLowerCase()}`;

beforeAll(async () => {
  for (const status of ALL) {
    await db.provider.create({
      data: {
        slug: slug(status),
        name: `Testfirma ${status}`,
        summary: "Websites für Betriebe",
        description: "Erster Absatz.\n\nZweiter Absatz.",
        services: ["WEBSITE_SHOP", "IT_SICHERHEIT"],
        industries: ["HANDWERK"],
        certifications: [],
        size: "MICRO",
        town: "Daun",
        region: { connectOrCreate: { where: { slug: "vulkaneifel" }, create: { slug: "vulkaneifel", name: "Landkreis Vulkaneifel", kind: "KREIS" } } },
        lastVerifiedAt: new Date(),
        status,
        references: {
          create: [
            { title: "Zweites Projekt", description: "B", year: 2024, sortOrder: 2 },
            { title: "Erstes Projekt", client: "Bäckerei Muster", description: "A", year: 2025, sortOrder: 1 },
          ],
        },
      },
    });
  }
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
});

describe("public provider queries (fixtures)", () => {
  it("list only the published provider, with its seat", async () => {
    const cards = await listPublishedProviderCards();
    const slugs = cards.map((p) => p.slug);
    for (const status of HIDDEN) expect(slugs).not.toContain(slug(status));
    expect(cards.find((p) => p.slug === slug(PublicationStatus.PUBLISHED))).toMatchObject({
      regionSlug: "vulkaneifel",
      town: "Daun",
      services: ["WEBSITE_SHOP", "IT_SICHERHEIT"],
    });
  });

  it("return no draft, in-review or archived provider by slug, and nothing for unknown slugs", async () => {
    for (const status of HIDDEN) expect(await getPublishedProviderBySlug(slug(status))).toBeNull();
    expect(await getPublishedProviderBySlug(`${prefix}-gibt-es-nicht`)).toBeNull();
  });

  it("return the published provider with its references in editorial order", async () => {
    const provider = await getPublishedProviderBySlug(slug(PublicationStatus.PUBLISHED));
    expect(provider?.references).toEqual([
      { title: "Erstes Projekt", client: "Bäckerei Muster", description: "A", year: 2025 },
      { title: "Zweites Projekt", client: null, description: "B", year: 2024 },
    ]);
    expect(provider?.region.slug).toBe("vulkaneifel");
    expect(typeof provider?.lastVerifiedAt).toBe("string");
  });
});

describe("public provider queries (whole database)", () => {
  it("never list a provider that is not published", async () => {
    const listed = new Set((await listPublishedProviderCards()).map((p) => p.slug));
    const rows = await db.provider.findMany({ select: { slug: true, status: true } });
    const hidden = rows.filter((r) => r.status !== PublicationStatus.PUBLISHED);
    expect(hidden.length).toBeGreaterThanOrEqual(HIDDEN.length);
    for (const row of hidden) {
      expect(listed.has(row.slug), row.slug).toBe(false);
      expect(await getPublishedProviderBySlug(row.slug), row.slug).toBeNull();
    }
    expect(listed.size).toBe(rows.length - hidden.length);
  });
});
