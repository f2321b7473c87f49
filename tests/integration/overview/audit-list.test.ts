import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditLog, parseAuditListParams } from "@/lib/audit/list";
import { loadActors } from "./actors";

const entityId = `it-audit-${process.pid}-${Date.now()}`;
let actors: Awaited<ReturnType<typeof loadActors>>;

beforeAll(async () => {
  actors = await loadActors();
  // Rows of two users on one made-up organisation id, plus enough rows to need a second page.
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actor: actors.editor, action: "organisation.created", entityType: "organisation", entityId, before: null, after: { name: "Eins" } });
    await recordAudit(tx, { actor: actors.admin, action: "organisation.updated", entityType: "organisation", entityId, before: { name: "Eins" }, after: { name: "Zwei" } });
    for (let i = 0; i < AUDIT_PAGE_SIZE + 1; i += 1) {
      await recordAudit(tx, { actor: actors.admin, action: "synonymGroup.updated", entityType: "synonymGroup", entityId: `${entityId}-s`, before: { terms: [String(i)] }, after: { terms: [String(i + 1)] } });
    }
  });
});

describe("admin change log", () => {
  it("filters by entity type and id, newest first, with field names, before/after and no link for a missing entity", async () => {
    const list = await listAuditLog(actors.admin, { entityType: "organisation", entityId, page: 1 });
    expect(list.items.map((row) => row.action)).toEqual(["organisation.updated", "organisation.created"]);
    expect(list.items[0]).toMatchObject({ actorName: actors.admin.name, fields: ["name"], changes: { name: { before: "Eins", after: "Zwei" } }, title: null });
    expect(list.items[0]!.editHref).toBe(`/redaktion/organisationen/${entityId}`);
    expect((await listAuditLog(actors.admin, { entityType: "programme", entityId, page: 1 })).total).toBe(0);
  });

  it("filters by user", async () => {
    const list = await listAuditLog(actors.admin, { userId: actors.editor.id, entityId, page: 1 });
    expect(list.items.map((row) => row.action)).toEqual(["organisation.created"]);
    const all = await listAuditLog(actors.admin, { userId: actors.editor.id, page: 1 });
    expect(all.items.every((row) => row.actorName === actors.editor.name)).toBe(true);
    expect((await listAuditActors(actors.admin)).map((u) => u.id)).toEqual(expect.arrayContaining([actors.admin.id, actors.editor.id]));
  });

  it("pages in steps of the page size", async () => {
    const first = await listAuditLog(actors.admin, { entityId: `${entityId}-s`, page: 1 });
    const second = await listAuditLog(actors.admin, { entityId: `${entityId}-s`, page: 2 });
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 1, pageCount: 2 });
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((r) => r.id)).size).toBe(AUDIT_PAGE_SIZE + 1);
  });

  it("is for administrators only", async () => {
    for (const actor of [actors.editor, actors.advisor, actors.provider]) {
      await expect(listAuditLog(actor, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAuditActors(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("parses its query parameters, ignoring unknown or malformed values", () => {
    expect(parseAuditListParams({ typ: "organisation", benutzer: "abc", eintrag: "x1", seite: "3" })).toEqual({ entityType: "organisation", userId: "abc", entityId: "x1", page: 3 });
    expect(parseAuditListParams({ typ: "drop table", benutzer: "", eintrag: "a'b", seite: "-1" })).toEqual({ entityType: undefined, userId: undefined, entityId: undefined, page: 1 });
    // Every recorded entity type can be filtered, the Impressum's and the barrier reports' too.
    expect(parseAuditListParams({ typ: "legalNotice" }).entityType).toBe("legalNotice");
    expect(parseAuditListParams({ typ: "accessibilityFeedback" }).entityType).toBe("accessibilityFeedback");
  });
});
