import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { applyBulkAction, BULK_TOO_MANY } from "@/lib/content/bulk-service";
import { BULK_ADAPTERS, type BulkAdapter } from "@/lib/content/bulk";
import { BULK_LIMIT, bulkRequestSchema, type BulkRequest } from "@/lib/content/bulk-request";
import { db } from "@/lib/db/client";
import { createProgramme, transitionProgramme, updateProgramme } from "@/lib/programme/service";
import { transitionProvider } from "@/lib/provider/service";
import { newAdvisor, newProvider } from "../replay/fixtures";
import { actorFor, ADVISOR, EDITOR, expectAppError, searchSlugs, uniqueWord } from "../directory-editor/helpers";
import { distinctTitle, programmeInput } from "../programme-editor/helpers";

// Issue 13, item 3: one action on many entries, each checked, locked, written and audited on its own.
let editor: Actor;
let advisorAccount: Actor;

beforeAll(async () => {
  editor = await actorFor(EDITOR);
  advisorAccount = await actorFor(ADVISOR);
});

/** The request as the list's form would post it. */
const request = (values: Record<string, unknown>): BulkRequest => bulkRequestSchema.parse({ scope: "selected", filters: "", ...values });

async function draft(title: string, slug: string | null = null) {
  const row = await createProgramme(editor, await programmeInput({ title, slug }));
  return { id: row.id, version: row.version, title: row.title, slug: row.slug };
}

const entry = (row: { id: string; version: number }) => `${row.id}:${row.version}`;
const statusOf = async (id: string) => (await db.programme.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const auditActions = async (entityId: string) =>
  (await db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } })).map((row) => row.action);

describe("bulk actions on the checked rows", () => {
  it("publishes the permitted entries and refuses the others per entry, with an audit row for each published one", async () => {
    // Titles unlike each other: look-alikes are not published in bulk (see below).
    const [a, b, c] = [await draft(distinctTitle()), await draft(distinctTitle()), await draft(distinctTitle())];
    const created = await draft(distinctTitle());
    // The list shows it archived, with the version the archiving gave it.
    const archived = { ...created, version: (await transitionProgramme(editor, created.id, "archive")).version };

    const summary = await applyBulkAction(
      editor,
      "programme",
      request({ bulkAction: "publish", entries: [entry(a), entry(b), entry(archived), entry(c)] }),
    );

    expect(summary.done.map((d) => d.label)).toEqual([a.title, b.title, c.title]);
    expect(summary.refused).toEqual([{ id: archived.id, label: archived.title, status: "ARCHIVED", reason: "notAllowed" }]);
    for (const row of [a, b, c]) {
      expect(await statusOf(row.id)).toBe("PUBLISHED");
      expect(await auditActions(row.id)).toEqual(["programme.created", "programme.published"]);
    }
    expect(await statusOf(archived.id)).toBe("ARCHIVED");
    expect(await auditActions(archived.id)).toEqual(["programme.created", "programme.archived"]);
    const audits = await db.auditLog.findMany({ where: { entityId: { in: [a.id, b.id, c.id] }, action: "programme.published" } });
    expect(audits.map((row) => row.actorId)).toEqual([editor.id, editor.id, editor.id]);
    // The same search sync as the single action: the published entries are found now.
    for (const row of [a, b, c]) expect(await searchSlugs("programme", row.title.split(" ")[0]!)).toEqual([row.slug]);
    expect(await searchSlugs("programme", archived.title.split(" ")[0]!)).toEqual([]);
  });

  it("skips incomplete entries and likely duplicates, naming what is missing and the look-alikes; publishes the rest", async () => {
    const complete = await draft(distinctTitle());
    const incomplete = await createProgramme(editor, await programmeInput({ title: distinctTitle(), eligibility: null, amountText: null, amountMin: null, amountMax: null }));
    const original = await draft(distinctTitle());
    const twin = await draft(`${original.title} 2027`);

    const summary = await applyBulkAction(editor, "programme", request({ bulkAction: "publish", entries: [entry(complete), entry(incomplete), entry(twin)] }));

    expect(summary.done).toEqual([{ id: complete.id, label: complete.title }]);
    expect(summary.refused).toEqual([
      { id: incomplete.id, label: incomplete.title, status: "DRAFT", reason: "incomplete", fields: ["amountText", "eligibility"] },
      { id: twin.id, label: twin.title, status: "DRAFT", reason: "lookalikes", lookalikes: [{ id: original.id, title: original.title }] },
    ]);
    for (const id of [incomplete.id, twin.id]) {
      expect(await statusOf(id)).toBe("DRAFT");
      expect(await auditActions(id)).toEqual(["programme.created"]);
    }
  });

  it("refuses an entry someone changed after the list was shown, and still does the others", async () => {
    const word = uniqueWord("Sammelkonflikt");
    const [mine, changed] = [await draft(`${word} Eins`), await draft(`${word} Zwei`)];
    // Someone saves the second entry after the list was rendered with version 1.
    await updateProgramme(editor, changed.id, { ...(await programmeInput({ title: changed.title })), summary: "Inzwischen geändert.", version: changed.version });

    const summary = await applyBulkAction(editor, "programme", request({ bulkAction: "submit", entries: [entry(mine), entry(changed)] }));

    expect(summary.done).toEqual([{ id: mine.id, label: mine.title }]);
    expect(summary.refused).toEqual([{ id: changed.id, label: changed.title, status: "DRAFT", reason: "conflict" }]);
    expect(await statusOf(mine.id)).toBe("IN_REVIEW");
    expect(await statusOf(changed.id)).toBe("DRAFT");
    expect(await auditActions(changed.id)).toEqual(["programme.created", "programme.updated"]);
  });

  it("names an id that is no entry as not found and counts a repeated row once", async () => {
    const row = await draft(`${uniqueWord("Sammeldoppel")} Eintrag`);
    const summary = await applyBulkAction(editor, "programme", request({ bulkAction: "archive", entries: [entry(row), entry(row), "keineintrag000:1"] }));
    expect(summary.done).toEqual([{ id: row.id, label: row.title }]);
    expect(summary.refused).toEqual([{ id: "keineintrag000", label: null, status: null, reason: "notFound" }]);
    expect(await auditActions(row.id)).toEqual(["programme.created", "programme.archived"]);
  });

  it("refuses the whole request for a role without the permission: nothing is read, written or audited", async () => {
    const row = await draft(`${uniqueWord("Sammelverbot")} Eintrag`);
    const auditsBefore = await db.auditLog.count();
    for (const bulkAction of ["submit", "publish", "archive", "verify"] as const) {
      const error = await expectAppError(applyBulkAction(advisorAccount, "programme", request({ bulkAction, entries: [entry(row)] })), "FORBIDDEN");
      expect(error.details.permission).toBe(`programme.${bulkAction}`);
    }
    await expectAppError(applyBulkAction(advisorAccount, "programme", request({ bulkAction: "publish", scope: "all", filters: "status=DRAFT" })), "FORBIDDEN");
    expect(await statusOf(row.id)).toBe("DRAFT");
    expect(await db.auditLog.count()).toBe(auditsBefore);
  });
});

describe("bulk actions on the whole filtered list", () => {
  it("re-reads the list with the list's filters on the server, all pages, and ignores ids in the form", async () => {
    // The list filter finds them by their web address; their titles differ (no look-alikes).
    const word = uniqueWord("Sammelliste").toLowerCase();
    const drafts = [];
    for (let i = 0; i < 3; i += 1) drafts.push(await draft(distinctTitle(), `${word}-${i}`));
    const inReview = await draft(distinctTitle(), `${word}-eingereicht`);
    await transitionProgramme(editor, inReview.id, "submit");
    const outside = await draft(distinctTitle());

    const summary = await applyBulkAction(
      editor,
      "programme",
      request({ bulkAction: "publish", scope: "all", filters: `q=${word}&status=DRAFT&seite=7`, entries: [entry(outside)] }),
    );

    expect(summary.done.map((d) => d.id).sort()).toEqual(drafts.map((d) => d.id).sort());
    expect(summary.refused).toEqual([]);
    expect(await statusOf(inReview.id)).toBe("IN_REVIEW");
    expect(await statusOf(outside.id)).toBe("DRAFT");
  });

  it("refuses a filtered list longer than the limit before touching any entry", async () => {
    let applied = 0;
    const adapter: BulkAdapter = {
      ...BULK_ADAPTERS.programme,
      list: async () => ({ targets: [], total: BULK_LIMIT + 1 }),
      apply: async () => void (applied += 1),
    };
    const error = await expectAppError(applyBulkAction(editor, "programme", request({ bulkAction: "publish", scope: "all" }), adapter), "INVALID");
    expect(error.message).toBe(BULK_TOO_MANY);
    expect(error.details.current).toEqual({ total: BULK_LIMIT + 1, limit: BULK_LIMIT });
    expect(applied).toBe(0);
  });

  it("goes on after an entry fails unexpectedly and reports it as failed", async () => {
    const targets = ["eins", "zwei", "drei"].map((id) => ({ id, label: `Eintrag ${id}`, status: "DRAFT" as const }));
    const adapter: BulkAdapter = {
      ...BULK_ADAPTERS.programme,
      list: async () => ({ targets, total: targets.length }),
      apply: async (_actor, id) => {
        if (id === "zwei") throw new Error("connection reset");
      },
    };
    const summary = await applyBulkAction(editor, "programme", request({ bulkAction: "publish", scope: "all" }), adapter);
    expect(summary.done.map((d) => d.id)).toEqual(["eins", "drei"]);
    expect(summary.refused).toEqual([{ id: "zwei", label: "Eintrag zwei", status: "DRAFT", reason: "failed" }]);
  });
});

describe("bulk actions on advisors and providers", () => {
  it("marks advisors as verified without raising their version, one audit row each", async () => {
    const [first, second] = [await newAdvisor(editor), await newAdvisor(editor)];
    const old = new Date("2020-01-01T00:00:00Z");
    await db.advisor.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { lastVerifiedAt: old } });

    const summary = await applyBulkAction(editor, "advisor", request({ bulkAction: "verify", entries: [entry(first), entry(second)] }));

    expect(summary.done).toHaveLength(2);
    const rows = await db.advisor.findMany({ where: { id: { in: [first.id, second.id] } }, select: { version: true, lastVerifiedAt: true } });
    for (const row of rows) {
      expect(row.version).toBe(1);
      expect(row.lastVerifiedAt!.getTime()).toBeGreaterThan(old.getTime());
    }
    for (const id of [first.id, second.id]) expect(await auditActions(id)).toEqual(["advisor.created", "advisor.verified"]);
  });

  it("archives providers under each one's version and refuses a stale one", async () => {
    const [fresh, stale] = [await newProvider(editor), await newProvider(editor)];
    // Someone else submits it after the list was shown: its version goes up.
    await transitionProvider(editor, stale.id, "submit");

    const summary = await applyBulkAction(editor, "provider", request({ bulkAction: "archive", entries: [entry(fresh), entry(stale)] }));

    expect(summary.done.map((d) => d.id)).toEqual([fresh.id]);
    expect(summary.refused).toMatchObject([{ id: stale.id, reason: "conflict", status: "IN_REVIEW" }]);
    const statuses = await db.provider.findMany({ where: { id: { in: [fresh.id, stale.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [fresh.id]: "ARCHIVED", [stale.id]: "IN_REVIEW" });
    expect(await auditActions(fresh.id)).toEqual(["provider.created", "provider.archived"]);
  });
});
