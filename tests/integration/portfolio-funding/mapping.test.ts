import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PublicationStatus, type Role, type ServiceCategory } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { addDays, berlinDay } from "@/lib/dates";
import { getServiceTopicMatrixForEdit } from "@/lib/taxonomy/editor-queries";
import { listServiceTopics } from "@/lib/taxonomy/queries";
import { updateServiceTopics } from "@/lib/taxonomy/service-portfolio-topics";
import { actorOf, createTestUser } from "../auth/fixtures";

// Cached reads run directly outside Next; the expired tags are recorded.
const invalidated: string[][] = [];
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("@/lib/cache/invalidate", () => ({ invalidateTags: (tags: string[]) => void invalidated.push([...tags]) }));

const { getFundingForProvider, getProvidersForProgramme } = await import("@/lib/portfolio-funding/related");

// IOT_INDUSTRIE is this file's Leistung (the replay table toggles SCHULUNG); it is mapped to a
// Themenfeld of its own for the queries and set back afterwards.
const SERVICE: ServiceCategory = "IOT_INDUSTRIE";
const prefix = `it-pf-${process.pid}-${Date.now()}`;
const today = berlinDay();
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
let topic: { id: string; slug: string };
let seededTopicIds: string[];
const actors = {} as Record<Role, Actor>;

async function row(service: ServiceCategory) {
  return db.serviceTopicMapping.findUniqueOrThrow({ where: { service }, select: { version: true, topics: { select: { id: true } } } });
}
const save = async (actor: Actor | null, topicIds: string[], version?: number) =>
  updateServiceTopics(actor as Actor, { rows: [{ service: SERVICE, topicIds, version: version ?? (await row(SERVICE)).version }] });

async function programme(name: string, over: { status?: PublicationStatus; deadline?: string | null; applicationStart?: string; regions?: string[]; level?: "LAND" | "KOMMUNE" } = {}) {
  const org = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const { status = PublicationStatus.PUBLISHED, deadline = addDays(today, 30), applicationStart, regions = ["vulkaneifel"], level = "KOMMUNE" } = over;
  await db.programme.create({
    data: {
      slug: `${prefix}-${name}`,
      title: `0 ${prefix} ${name}`,
      summary: "Kurz",
      description: "Lang",
      fundingBodyId: org.id,
      level,
      sourceUrl: "https://example.org/p",
      status,
      deadline: deadline ? asDate(deadline) : null,
      applicationStart: applicationStart ? asDate(applicationStart) : null,
      topics: { connect: [{ id: topic.id }] },
      regions: { connect: regions.map((slug) => ({ slug })) },
    },
  });
}

async function provider(name: string, regionSlug: string, status: PublicationStatus = PublicationStatus.PUBLISHED) {
  await db.provider.create({
    data: {
      slug: `${prefix}-${name}`,
      // Sorts before every demo provider, so the first six shown include it.
      name: `0 ${prefix} ${name}`,
      summary: "Kurz",
      description: "Lang",
      services: [SERVICE],
      industries: [],
      certifications: [],
      size: "MICRO",
      town: "Daun",
      region: { connect: { slug: regionSlug } },
      status,
    },
  });
}

beforeAll(async () => {
  topic = await db.topic.create({ data: { slug: `${prefix}-thema`, name: `Thema ${prefix}`, description: "Test", sortOrder: 990 }, select: { id: true, slug: true } });
  seededTopicIds = (await row(SERVICE)).topics.map((t) => t.id);
  for (const role of ["ADMIN", "EDITOR", "ADVISOR", "PROVIDER"] as const) actors[role] = await actorOf((await createTestUser(`pf-${role}`, role)).id);
});

afterAll(async () => {
  await save(actors.ADMIN, seededTopicIds);
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.topic.delete({ where: { id: topic.id } });
});

describe("updateServiceTopics", () => {
  it("refuses every role without taxonomy.manage and a visitor, changing nothing", async () => {
    const before = await row(SERVICE);
    await expect(save(null, [topic.id])).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(save(actors.ADVISOR, [topic.id])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(save(actors.PROVIDER, [topic.id])).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await row(SERVICE)).toEqual(before);
    await expect(getServiceTopicMatrixForEdit(actors.PROVIDER)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("replaces the row's Themenfelder, raises its version, audits and expires the mapping tag", async () => {
    const before = await row(SERVICE);
    invalidated.length = 0;
    expect(await save(actors.EDITOR, [topic.id], before.version)).toEqual([SERVICE]);
    const after = await row(SERVICE);
    expect(after.topics).toEqual([{ id: topic.id }]);
    expect(after.version).toBe(before.version + 1);
    expect(invalidated).toEqual([["service-topics"]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "serviceTopics", entityId: SERVICE, actorId: actors.EDITOR.id }, orderBy: { createdAt: "desc" } });
    expect(audit.action).toBe("serviceTopics.updated");
    expect(JSON.stringify(audit.changes)).toContain(`Thema ${prefix}`);
    expect((await listServiceTopics())[SERVICE]).toEqual([topic.slug]);
    const matrix = await getServiceTopicMatrixForEdit(actors.EDITOR);
    expect(matrix.rows.find((r) => r.service === SERVICE)).toEqual({ service: SERVICE, topicIds: [topic.id], version: after.version });
  });

  it("writes and audits nothing when the row is unchanged", async () => {
    const before = await row(SERVICE);
    const audits = await db.auditLog.count({ where: { entityType: "serviceTopics", entityId: SERVICE } });
    expect(await save(actors.EDITOR, [topic.id])).toEqual([]);
    expect((await row(SERVICE)).version).toBe(before.version);
    expect(await db.auditLog.count({ where: { entityType: "serviceTopics", entityId: SERVICE } })).toBe(audits);
  });

  it("refuses a save from an outdated form as a conflict, writing none of its rows", async () => {
    const [mine, other] = [await row(SERVICE), await row("BERATUNG")];
    const stale = mine.version - 1;
    await expect(
      updateServiceTopics(actors.EDITOR, {
        rows: [
          { service: "BERATUNG", topicIds: [topic.id], version: other.version },
          { service: SERVICE, topicIds: [], version: stale },
        ],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await row("BERATUNG")).toEqual(other);
    expect(await row(SERVICE)).toEqual(mine);
  });

  it("refuses Themenfelder that do not exist", async () => {
    await expect(save(actors.EDITOR, ["kein-thema"])).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("the detail pages' sections", () => {
  beforeAll(async () => {
    await save(actors.EDITOR, [topic.id]);
    await programme("offen-vulkaneifel", { deadline: addDays(today, 20) });
    await programme("bald-vulkaneifel", { applicationStart: addDays(today, 5), deadline: addDays(today, 40) });
    await programme("laufend-land", { deadline: null, regions: [], level: "LAND" });
    await programme("offen-heute", { deadline: today });
    await programme("geschlossen", { deadline: addDays(today, -1) });
    await programme("entwurf", { status: PublicationStatus.DRAFT });
    await programme("anderer-kreis", { regions: ["stadt-trier"] });
    await provider("daun", "vulkaneifel");
    await provider("daun-entwurf", "vulkaneifel", PublicationStatus.DRAFT);
    await provider("trier", "stadt-trier");
  });

  it("a provider sees the published programmes one can apply to now or soon, in its Kreis, by nearest deadline", async () => {
    const funding = await getFundingForProvider({ services: [SERVICE], region: { slug: "vulkaneifel" } });
    expect(funding.programmes.map((p) => p.slug)).toEqual(["offen-heute", "offen-vulkaneifel", "laufend-land", "bald-vulkaneifel"].map((s) => `${prefix}-${s}`));
    expect(funding.total).toBe(4);
    expect(funding.listHref).toBe(`/foerderprogramme?thema=${topic.slug}&gebiet=vulkaneifel&status=offen&status=demnaechst`);
    // "offen-heute" closes at the next Berlin midnight: the page must not show it after that.
    expect(funding.expiresAt?.getTime()).toBeLessThanOrEqual(Date.now() + 86_400_000);
  });

  it("a provider whose Leistungen map to nothing sees no programmes", async () => {
    const funding = await getFundingForProvider({ services: [], region: { slug: "vulkaneifel" } });
    expect(funding.total).toBe(0);
  });

  it("a programme sees the published providers of a matching Leistung seated where it applies", async () => {
    const local = await getProvidersForProgramme({ topics: [{ slug: topic.slug }], regions: [{ slug: "vulkaneifel" }], level: "KOMMUNE" });
    const mine = (list: { slug: string }[]) => list.map((p) => p.slug).filter((slug) => slug.startsWith(prefix));
    expect(mine(local.providers)).toEqual([`${prefix}-daun`]);
    expect(local.listHref).toBe("/dienstleister?leistung=iot-industrie&gebiet=vulkaneifel");
    const land = await getProvidersForProgramme({ topics: [{ slug: topic.slug }], regions: [], level: "LAND" });
    expect(mine(land.providers)).toEqual([`${prefix}-daun`, `${prefix}-trier`]);
    expect(land.listHref).toBe("/dienstleister?leistung=iot-industrie");
  });
});
