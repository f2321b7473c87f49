import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { createProgramme, transitionProgramme, updateProgramme } from "@/lib/programme/service";
import { createPostgresEngine } from "@/lib/search";
import * as sync from "@/lib/search/sync";
import type { SearchQuery } from "@/lib/search/types";
import { auditRows, editorActor, programmeInput } from "./helpers";

let editor: Actor;
beforeAll(async () => {
  editor = await editorActor();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const query = (text: string): SearchQuery => ({
  text,
  types: ["programme"],
  filters: {},
  statuses: [],
  sort: "relevance",
  page: 1,
  pageSize: 20,
  facets: [],
  today: berlinDay(),
});

describe("audit in the same transaction", () => {
  it("a write that fails after the audit row was written leaves neither change nor audit row", async () => {
    const created = await createProgramme(editor, await programmeInput());
    // syncDocuments runs after recordAudit inside the transaction; make it fail there.
    vi.spyOn(sync, "syncDocuments").mockRejectedValueOnce(new Error("index down"));
    await expect(updateProgramme(editor, created.id, { ...(await programmeInput()), title: created.title, summary: "Nie gespeichert", version: 1 })).rejects.toThrow("index down");
    const stored = await db.programme.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.summary).toBe("Zuschuss für den Test.");
    expect(stored.version).toBe(1);
    expect((await auditRows(created.id)).map((a) => a.action)).toEqual(["programme.created"]);
  });

  it("a failing create leaves no programme and no audit row", async () => {
    const input = await programmeInput();
    const auditsBefore = await db.auditLog.count({ where: { action: "programme.created" } });
    vi.spyOn(sync, "syncDocuments").mockRejectedValueOnce(new Error("index down"));
    await expect(createProgramme(editor, input)).rejects.toThrow("index down");
    expect(await db.programme.count({ where: { title: input.title } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "programme.created" } })).toBe(auditsBefore);
  });

  it("a failing status change leaves the status and no audit row", async () => {
    const created = await createProgramme(editor, await programmeInput());
    vi.spyOn(sync, "syncDocuments").mockRejectedValueOnce(new Error("index down"));
    await expect(transitionProgramme(editor, created.id, "publish", 1)).rejects.toThrow("index down");
    expect((await db.programme.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");
    expect((await auditRows(created.id)).length).toBe(1);
  });
});

describe("publishing and search", () => {
  it("publishing makes the programme findable, unpublishing and archiving remove it; a draft is never found", async () => {
    const word = `Zephyrquarz${Date.now()}`;
    const engine = createPostgresEngine(db);
    const created = await createProgramme(editor, await programmeInput({ title: `Förderung ${word}` }));
    expect((await engine.search(query(word))).total).toBe(0);

    await transitionProgramme(editor, created.id, "publish", 1);
    const found = await engine.search(query(word));
    expect(found.hits.map((h) => h.slug)).toEqual([created.slug]);

    // A published edit reaches the index at once.
    const renamed = `Umbenannt${word}`;
    await updateProgramme(editor, created.id, { ...(await programmeInput()), title: `Förderung ${renamed}`, version: 2 });
    expect((await engine.search(query(renamed))).hits.map((h) => h.slug)).toEqual([created.slug]);

    await transitionProgramme(editor, created.id, "unpublish", 3);
    expect((await engine.search(query(renamed))).total).toBe(0);

    await transitionProgramme(editor, created.id, "publish", 4);
    await transitionProgramme(editor, created.id, "archive", 5);
    expect((await engine.search(query(renamed))).total).toBe(0);
  });
});
