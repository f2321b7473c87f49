import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedAdvisorBySlug } from "@/lib/advisor/queries";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { loadProviderState } from "@/lib/provider/editor-state";
import { proposeOwnProfileChange } from "@/lib/revision/propose";
import { getOwnProfile, listPendingRevisions } from "@/lib/revision/queries";
import { approveRevision, rejectRevision } from "@/lib/revision/review";
import { ADVISOR_SELF_FIELDS } from "@/lib/revision/schema";
import { actorFor, ADVISOR, EDITOR, expectAppError, forgedActor, freeAdvisor, ownValues, PROVIDER, unique } from "./helpers";

let editor: Actor;
let advisorActor: Actor;
let providerActor: Actor;
let ownSlug = "";

beforeAll(async () => {
  [editor, advisorActor, providerActor] = await Promise.all([actorFor(EDITOR), actorFor(ADVISOR), actorFor(PROVIDER)]);
  ownSlug = (await db.advisor.findUniqueOrThrow({ where: { id: advisorActor.advisorId! }, select: { slug: true } })).slug;
});

const ownAdvisorInput = (changes: Record<string, unknown> = {}) => ownValues("advisor", advisorActor.advisorId!, changes);

const advisorRow = (id: string) => db.advisor.findUniqueOrThrow({ where: { id }, select: { summary: true, version: true, name: true, slug: true, status: true } });

describe("proposing changes to the own entry", () => {
  it("stores a pending revision and changes neither the entry nor the public DTO", async () => {
    const before = await advisorRow(advisorActor.advisorId!);
    const summary = `Neue Kurzbeschreibung ${unique("p")}`;
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary }));

    const revision = await db.profileRevision.findUniqueOrThrow({ where: { id } });
    expect(revision).toMatchObject({ entityType: "advisor", advisorId: advisorActor.advisorId, authorId: advisorActor.id, status: "PENDING", baseVersion: before.version });
    expect((revision.data as Record<string, unknown>).summary).toBe(summary);
    expect(await advisorRow(advisorActor.advisorId!)).toEqual(before);
    expect((await getPublishedAdvisorBySlug(ownSlug))?.summary).toBe(before.summary);
    expect((await listPendingRevisions(editor)).map((r) => r.id)).toContain(id);
    expect((await getOwnProfile(advisorActor)).pending?.id).toBe(id);
    expect(await db.auditLog.count({ where: { entityId: id, action: "profileRevision.proposed", actorId: advisorActor.id } })).toBe(1);
  });

  it("a new proposal while one waits updates the waiting one (same revision, new values, audited)", async () => {
    const first = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Erste ${unique("a")}` }));
    const summary = `Zweite ${unique("b")}`;
    const second = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary }));
    expect(second.id).toBe(first.id);
    const revision = await db.profileRevision.findUniqueOrThrow({ where: { id: first.id } });
    expect(revision.status).toBe("PENDING");
    expect((revision.data as Record<string, unknown>).summary).toBe(summary);
    expect(second.createdAt.getTime()).toBeGreaterThanOrEqual(first.createdAt.getTime());
    expect(await db.profileRevision.count({ where: { advisorId: advisorActor.advisorId, status: "PENDING" } })).toBe(1);
    const audits = await db.auditLog.findMany({ where: { entityId: first.id, action: "profileRevision.proposed" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(audits[0]!.changes).toMatchObject({ replacedPending: { after: true } });
  });

  it("parallel proposals end with exactly one pending revision holding the last-written values", async () => {
    const provider = providerActor.providerId!;
    const input = await ownValues("provider", provider);
    const summaries = Array.from({ length: 8 }, (_, i) => `Parallel ${i} ${unique("par")}`);
    const results = await Promise.all(summaries.map((summary) => proposeOwnProfileChange(providerActor, { ...input, summary })));

    const pending = await db.profileRevision.findMany({ where: { providerId: provider, status: "PENDING" } });
    expect(pending).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([pending[0]!.id]));
    // Submissions wait for each other on the index row; the one stamped last wrote last.
    const last = results.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
    const lastSummary = summaries[results.indexOf(last)];
    expect((pending[0]!.data as Record<string, unknown>).summary).toBe(lastSummary);
    expect(pending[0]!.createdAt).toEqual(last.createdAt);
    expect(await db.auditLog.count({ where: { entityId: pending[0]!.id, action: "profileRevision.proposed", changes: { path: ["replacedPending", "after"], equals: true } } })).toBeGreaterThanOrEqual(7);
  });

  it("the database itself refuses a second pending revision for an entry", async () => {
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Eine ${unique("u")}` }));
    const existing = await db.profileRevision.findUniqueOrThrow({ where: { id } });
    await expect(
      db.profileRevision.create({ data: { entityType: "advisor", advisorId: existing.advisorId, authorId: existing.authorId, data: {}, baseVersion: existing.baseVersion } }),
    ).rejects.toThrow(/Unique constraint|unique/i);
  });

  it("ignores posted ids, slugs, names and statuses: only the actor's own entry is ever targeted", async () => {
    const other = await freeAdvisor();
    const otherBefore = await advisorRow(other.id);
    const { id } = await proposeOwnProfileChange(
      advisorActor,
      await ownAdvisorInput({ id: other.id, advisorId: other.id, slug: "gekapert", name: "Gekapert", status: "ARCHIVED", organisation: "x", summary: `Eigene ${unique("c")}` }),
    );
    const revision = await db.profileRevision.findUniqueOrThrow({ where: { id } });
    expect(revision.advisorId).toBe(advisorActor.advisorId);
    expect(Object.keys(revision.data as object).sort()).toEqual([...ADVISOR_SELF_FIELDS].sort());

    // A crafted actor that names another advisor proposes for that advisor only, never writes it.
    const crafted = forgedActor(advisorActor, { advisorId: other.id });
    const forged = await proposeOwnProfileChange(crafted, await ownAdvisorInput({ summary: "Fremd" }));
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id: forged.id } })).advisorId).toBe(other.id);
    expect(await advisorRow(other.id)).toEqual(otherBefore);
    await db.profileRevision.delete({ where: { id: forged.id } });

    // The ownership condition in the statement: another author's pending revision is out of reach.
    const theirs = await db.profileRevision.create({
      data: { entityType: "advisor", advisorId: other.id, authorId: editor.id, data: {}, baseVersion: otherBefore.version },
    });
    const { count } = await db.profileRevision.updateMany({
      where: { id: theirs.id, authorId: advisorActor.id, status: "PENDING" },
      data: { status: "SUPERSEDED" },
    });
    expect(count).toBe(0);
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("PENDING");
    await db.profileRevision.delete({ where: { id: theirs.id } });
  });

  it("refuses invalid values at their fields and stores nothing", async () => {
    const count = await db.profileRevision.count();
    const error = await expectAppError(proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: "", bookingUrl: "javascript:alert(1)" })), "INVALID");
    expect(error.details.fieldErrors).toMatchObject({ summary: ["validation.required"], bookingUrl: ["validation.url"] });
    expect(await db.profileRevision.count()).toBe(count);
  });
});

describe("reviewing", () => {
  it("a decision refers to the proposal the reviewer saw: one replaced meanwhile is refused, nothing applied", async () => {
    const seen = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Gesehen ${unique("s")}` }));
    const swapped = `Ausgetauscht ${unique("x")}`;
    await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: swapped }));
    const before = await advisorRow(advisorActor.advisorId!);
    const error = await expectAppError(approveRevision(editor, seen.id, { version: before.version, proposedAt: seen.createdAt }), "INVALID");
    expect(error.message).toBe("selfService.review.changedMeanwhile");
    await expectAppError(rejectRevision(editor, seen.id, "Nein", seen.createdAt), "INVALID");
    expect(await advisorRow(advisorActor.advisorId!)).toEqual(before);
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id: seen.id } })).status).toBe("PENDING");
    // Reloaded, the reviewer sees the new values and can decide on them.
    const current = await db.profileRevision.findUniqueOrThrow({ where: { id: seen.id } });
    await rejectRevision(editor, seen.id, "Bitte anders formulieren", current.createdAt);
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id: seen.id } })).status).toBe("REJECTED");
  });

  it("approval writes the proposal through the domain update: version, audit rows, public DTO, mail", async () => {
    const summary = `Freigegeben ${unique("d")}`;
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary }));
    const before = await advisorRow(advisorActor.advisorId!);
    await approveRevision(editor, id, { version: before.version });

    const after = await advisorRow(advisorActor.advisorId!);
    expect(after).toEqual({ ...before, summary, version: before.version + 1 });
    expect((await getPublishedAdvisorBySlug(ownSlug))?.summary).toBe(summary);
    expect(await db.profileRevision.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", reviewedById: editor.id });
    const audit = await db.auditLog.findMany({ where: { OR: [{ entityId: id }, { entityId: advisorActor.advisorId! }] }, orderBy: { createdAt: "desc" }, take: 5 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["advisor.updated", "profileRevision.approved"]));
    expect(await db.mailMessage.count({ where: { toAddress: ADVISOR, kind: "revision-approved" } })).toBeGreaterThan(0);
    // decided once: a second decision is refused
    await expectAppError(approveRevision(editor, id, { version: after.version }), "INVALID");
  });

  it("approval after a newer save of the entry is a conflict, unless the reviewer approves against the current version", async () => {
    const summary = `Konflikt ${unique("e")}`;
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary }));
    const stale = (await advisorRow(advisorActor.advisorId!)).version;
    await db.advisor.update({ where: { id: advisorActor.advisorId! }, data: { version: { increment: 1 } } });
    await expectAppError(approveRevision(editor, id, { version: stale }), "CONFLICT");
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    await approveRevision(editor, id, { version: stale + 1 });
    expect((await advisorRow(advisorActor.advisorId!)).summary).toBe(summary);
  });

  it("edit-and-approve stores the reviewer's corrected values", async () => {
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Mit Tippfehlr ${unique("f")}` }));
    const corrected = `Korrigiert ${unique("g")}`;
    const { version } = await advisorRow(advisorActor.advisorId!);
    await approveRevision(editor, id, { version, edited: await ownAdvisorInput({ summary: corrected }) });
    expect((await advisorRow(advisorActor.advisorId!)).summary).toBe(corrected);
    expect(((await db.profileRevision.findUniqueOrThrow({ where: { id } })).data as Record<string, unknown>).summary).toBe(corrected);
  });

  it("rejection never touches the entry and mails the reason to the author", async () => {
    const before = await advisorRow(advisorActor.advisorId!);
    const publicBefore = await getPublishedAdvisorBySlug(ownSlug);
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Abgelehnt ${unique("h")}` }));
    const reason = `Bitte ohne Werbesprache ${unique("r")}`;
    await rejectRevision(editor, id, reason);
    expect(await db.profileRevision.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", reason, reviewedById: editor.id });
    expect(await advisorRow(advisorActor.advisorId!)).toEqual(before);
    expect(await getPublishedAdvisorBySlug(ownSlug)).toEqual(publicBefore);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: ADVISOR, kind: "revision-rejected" }, orderBy: { createdAt: "desc" } });
    expect(mail.textBody).toContain(reason);
    expect(await db.auditLog.count({ where: { entityId: id, action: "profileRevision.rejected" } })).toBe(1);
    expect((await getOwnProfile(advisorActor)).decided).toMatchObject({ status: "REJECTED", reason });
    await expectAppError(rejectRevision(editor, id, "nochmal"), "INVALID");
  });

  it("a reason is required", async () => {
    const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Ohne Grund ${unique("i")}` }));
    await expectAppError(rejectRevision(editor, id, "   "), "INVALID");
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("works for a provider's own entry too (references included)", async () => {
    const state = (await db.$transaction((tx) => loadProviderState(tx, providerActor.providerId!)))!;
    const summary = `Dienstleister neu ${unique("j")}`;
    const references = [{ title: "Referenz Neu", client: null, description: "Ein Projekt", year: 2025 }];
    const input = await ownValues("provider", providerActor.providerId!, { summary, references, providerId: "fremd" });
    const { id } = await proposeOwnProfileChange(providerActor, input);
    expect((await db.provider.findUniqueOrThrow({ where: { id: providerActor.providerId! } })).summary).toBe(state.summary);
    await approveRevision(editor, id, { version: state.version });
    const after = await db.$transaction((tx) => loadProviderState(tx, providerActor.providerId!));
    expect(after).toMatchObject({ summary, version: state.version + 1, references, name: state.name, slug: state.slug });
  });
});

describe("permissions", () => {
  it("EDITOR may not propose (profile.editOwn)", async () => {
    await expectAppError(proposeOwnProfileChange(editor, await ownAdvisorInput()), "FORBIDDEN");
  });

  for (const [label, actor] of [
    ["ADVISOR", () => advisorActor],
    ["PROVIDER", () => providerActor],
  ] as const) {
    it(`${label} may not approve, reject or list revisions (revision.review)`, async () => {
      const { id } = await proposeOwnProfileChange(advisorActor, await ownAdvisorInput({ summary: `Wartet ${unique("k")}` }));
      const before = await advisorRow(advisorActor.advisorId!);
      await expectAppError(approveRevision(actor(), id, { version: before.version }), "FORBIDDEN");
      await expectAppError(rejectRevision(actor(), id, "selbst abgelehnt"), "FORBIDDEN");
      await expectAppError(listPendingRevisions(actor()), "FORBIDDEN");
      expect((await db.profileRevision.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
      expect(await advisorRow(advisorActor.advisorId!)).toEqual(before);
    });
  }

  it("an account without an own entry cannot propose", async () => {
    await expectAppError(proposeOwnProfileChange(forgedActor(advisorActor, { advisorId: null }), await ownAdvisorInput()), "FORBIDDEN");
  });
});
