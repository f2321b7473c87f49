import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { organisationCreateSchema, organisationUpdateSchema } from "@/lib/organisation/schema";
import { createOrganisation, deleteOrganisation, ORGANISATION_IN_USE, updateOrganisation } from "@/lib/organisation/service";
import { getOrganisationForEdit, listOrganisations } from "@/lib/organisation/queries";
import { syncDocuments } from "@/lib/search/sync";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { auditRowsOf, loadActors } from "./actors";

// The expired cache tags are recorded (outside Next there is no cache to expire).
const invalidated = vi.hoisted(() => [] as string[][]);
vi.mock("@/lib/cache/invalidate", () => ({ invalidateTags: (tags: Iterable<string>) => void invalidated.push([...tags]) }));

const prefix = `it-org-${process.pid}-${Date.now()}`;
let actors: Awaited<ReturnType<typeof loadActors>>;
let orgId: string;
let programmeId: string;
let eventId: string;
let initiativeId: string;

const create = (actor: Actor, values: Record<string, string>) => createOrganisation(actor, organisationCreateSchema.parse(values));
const update = async (actor: Actor, id: string, values: Record<string, string>) => {
  const current = (await getOrganisationForEdit(actors.editor, id))!;
  const base = { id, version: String(current.version), name: current.name, kind: current.kind, shortName: current.shortName ?? "", description: "", website: "", town: "" };
  return updateOrganisation(actor, organisationUpdateSchema.parse({ ...base, ...values }));
};
const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);

beforeAll(async () => {
  actors = await loadActors();
  orgId = (await create(actors.editor, { name: `Testkammer ${prefix}`, kind: "KAMMER", slug: `${prefix}-kammer`, town: "Trier" })).id;
  // A published programme of this funding body, indexed, so renaming must reach its search document.
  programmeId = (
    await db.programme.create({
      data: {
        slug: `${prefix}-programm`, title: `Testprogramm ${prefix}`, summary: "Kurz", description: "Lang", fundingBodyId: orgId, level: "LAND",
        fundingTypes: ["ZUSCHUSS"], targetGroups: ["KMU"], sourceUrl: "https://example.org", lastVerifiedAt: new Date(), status: "PUBLISHED", publishedAt: new Date(),
      },
    })
  ).id;
  await syncDocuments(db, "programme", [programmeId]);
  // A published event (Veranstalter) and initiative (Verantwortliche Stelle) carry the name too.
  eventId = (await db.event.create({ data: eventData("veranstaltung", orgId, "PUBLISHED") })).id;
  initiativeId = (await db.initiative.create({ data: initiativeData("initiative", orgId, "PUBLISHED") })).id;
  await syncDocuments(db, "event", [eventId]);
  await syncDocuments(db, "initiative", [initiativeId]);
});

const eventData = (name: string, organiserId: string, status: "DRAFT" | "PUBLISHED") => ({
  slug: `${prefix}-${name}`, title: `Testveranstaltung ${prefix} ${name}`, summary: "Kurz", description: "<p>Lang</p>", organiserId, format: "ONLINE" as const,
  onlineUrl: "https://example.org/webinar", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), status, publishedAt: status === "PUBLISHED" ? new Date() : null,
});
const initiativeData = (name: string, responsibleBodyId: string, status: "DRAFT" | "PUBLISHED") => ({
  slug: `${prefix}-${name}`, title: `Testinitiative ${prefix} ${name}`, summary: "Kurz", description: "<p>Lang</p>", phase: "PILOT" as const, responsibleBodyId, status,
  publishedAt: status === "PUBLISHED" ? new Date() : null,
});

afterAll(async () => {
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.event.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.initiative.deleteMany({ where: { slug: { startsWith: prefix } } });
  await syncDocuments(db, "programme", [programmeId]);
  await syncDocuments(db, "event", [eventId]);
  await syncDocuments(db, "initiative", [initiativeId]);
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

describe("organisation service", () => {
  it("creates an organisation for an editor, with an audit row; the slug defaults to the name", async () => {
    const created = await create(actors.editor, { name: `Förderbank Süd ${prefix}`, kind: "FOERDERBANK", slug: "" });
    expect(created.slug).toBe(`foerderbank-sued-${prefix}`);
    const [audit] = await auditRowsOf(created.id);
    expect(audit).toMatchObject({ action: "organisation.created", entityType: "organisation", actorId: actors.editor.id });
    expect((audit!.changes as Record<string, { after: unknown }>).name!.after).toBe(`Förderbank Süd ${prefix}`);
    await deleteOrganisation(actors.editor, created.id);
    expect(await db.organisation.findUnique({ where: { id: created.id } })).toBeNull();
    expect((await auditRowsOf(created.id)).map((r) => r.action)).toEqual(["organisation.created", "organisation.deleted"]);
  });

  it("refuses a slug that is taken, as a field error", async () => {
    const error = await rejection(create(actors.editor, { name: "Doppelt", kind: "KAMMER", slug: `${prefix}-kammer` }));
    expect(error).toMatchObject({ code: "INVALID", details: { fieldErrors: { slug: ["errors.slugTaken"] } } });
  });

  it("updates with the lock token, records before/after and re-indexes documents showing the name", async () => {
    invalidated.length = 0;
    await update(actors.editor, orgId, { name: `Umbenannte Kammer ${prefix}`, shortName: "UK" });
    const row = await db.organisation.findUniqueOrThrow({ where: { id: orgId } });
    expect(row).toMatchObject({ name: `Umbenannte Kammer ${prefix}`, shortName: "UK", slug: `${prefix}-kammer` });
    const audit = (await auditRowsOf(orgId)).at(-1)!;
    expect(audit.action).toBe("organisation.updated");
    expect(audit.changes).toMatchObject({ name: { before: `Testkammer ${prefix}`, after: `Umbenannte Kammer ${prefix}` }, shortName: { before: null, after: "UK" } });
    for (const id of [`programme:${programmeId}`, `event:${eventId}`, `initiative:${initiativeId}`]) {
      const document = await db.searchDocument.findUniqueOrThrow({ where: { id } });
      expect(document.keywords, id).toContain(`Umbenannte Kammer ${prefix}`);
      expect(document.keywords, id).toContain("UK");
    }
    // Every public page that shows the organisation's name expires: programmes, advisors, events, initiatives.
    expect(invalidated.flat().sort()).toEqual([CONTENT_TAGS.advisor.all, CONTENT_TAGS.event.all, CONTENT_TAGS.initiative.all, CONTENT_TAGS.programme.all].sort());
  });

  it("refuses a stale lock token with the conflicting fields, changing nothing", async () => {
    const stale = (await getOrganisationForEdit(actors.editor, orgId))!;
    await update(actors.editor, orgId, { town: "Wittlich" });
    const error = await rejection(
      updateOrganisation(actors.editor, organisationUpdateSchema.parse({ id: orgId, version: String(stale.version), name: stale.name, kind: stale.kind, town: "Prüm" })),
    );
    expect(error).toMatchObject({ code: "CONFLICT", details: { current: { changes: { town: { mine: "Prüm", theirs: "Wittlich" } } } } });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: orgId } })).town).toBe("Wittlich");
  });

  it("refuses to delete an organisation that entries refer to, naming the count of each kind", async () => {
    const error = await rejection(deleteOrganisation(actors.editor, orgId));
    expect(error).toMatchObject({ code: "INVALID", message: ORGANISATION_IN_USE, details: { current: { programmes: 1, advisors: 0, events: 1, initiatives: 1 } } });
    expect(await db.organisation.findUnique({ where: { id: orgId } })).not.toBeNull();
  });

  // Drafts count too: the foreign key refuses the delete whatever the entry's status.
  for (const [kind, link] of [
    ["event", (id: string) => db.event.create({ data: eventData("nur-veranstaltung", id, "DRAFT") })],
    ["initiative", (id: string) => db.initiative.create({ data: initiativeData("nur-initiative", id, "DRAFT") })],
  ] as const) {
    it(`refuses to delete an organisation that only an ${kind} refers to, naming the counts, and shows them as uses`, async () => {
      const org = await create(actors.editor, { name: `Nur ${kind} ${prefix}`, kind: "KOMMUNE", slug: `${prefix}-nur-${kind}` });
      await link(org.id);
      const expected = { programmes: 0, advisors: 0, events: kind === "event" ? 1 : 0, initiatives: kind === "initiative" ? 1 : 0 };
      expect(await getOrganisationForEdit(actors.editor, org.id)).toMatchObject(expected);
      expect((await listOrganisations(actors.editor, { q: `Nur ${kind} ${prefix}`, page: 1 })).items).toEqual([expect.objectContaining({ id: org.id, ...expected })]);
      const error = await rejection(deleteOrganisation(actors.editor, org.id));
      expect(error).toMatchObject({ code: "INVALID", message: ORGANISATION_IN_USE, details: { current: expected } });
      expect(await db.organisation.findUnique({ where: { id: org.id } })).not.toBeNull();
      expect((await auditRowsOf(org.id)).map((r) => r.action)).toEqual(["organisation.created"]);
    });
  }

  it("lists with search and kind filter", async () => {
    const found = await listOrganisations(actors.editor, { q: prefix, kind: "KAMMER", page: 1 });
    expect(found.items.map((o) => o.id)).toEqual([orgId]);
    expect(found.items[0]).toMatchObject({ programmes: 1, advisors: 0, events: 1, initiatives: 1 });
    expect((await listOrganisations(actors.editor, { q: prefix, kind: "HOCHSCHULE", page: 1 })).total).toBe(0);
  });

  for (const role of ["advisor", "provider"] as const) {
    it(`refuses every mutation to a ${role.toUpperCase()} account, changing nothing`, async () => {
      const actor = actors[role];
      const before = await db.organisation.findUniqueOrThrow({ where: { id: orgId } });
      const auditCount = await db.auditLog.count({ where: { actorId: actor.id } });
      expect(await rejection(create(actor, { name: `Verboten ${prefix}`, kind: "KAMMER", slug: `${prefix}-verboten` }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await rejection(update(actor, orgId, { name: "Verboten" }))).toMatchObject({ code: "FORBIDDEN" });
      const unused = await create(actors.editor, { name: `Unbenutzt ${prefix} ${role}`, kind: "NETZWERK", slug: "" });
      expect(await rejection(deleteOrganisation(actor, unused.id))).toMatchObject({ code: "FORBIDDEN" });
      expect(await db.organisation.findUnique({ where: { id: unused.id } })).not.toBeNull();
      expect(await db.organisation.findUnique({ where: { slug: `${prefix}-verboten` } })).toBeNull();
      expect(await db.organisation.findUniqueOrThrow({ where: { id: orgId } })).toEqual(before);
      expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(auditCount);
    });
  }
});
