import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchQuery } from "@/lib/search/types";
import { getTopicForEdit, getSynonymGroupForEdit } from "@/lib/taxonomy/editor-queries";
import { synonymCreateSchema, synonymUpdateSchema, topicUpdateSchema } from "@/lib/taxonomy/schema";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/taxonomy/service-synonyms";
import { updateTopic } from "@/lib/taxonomy/service-topics";
import { auditRowsOf, loadActors } from "./actors";

// A made-up word no document contains: it can only find anything through a synonym group.
const WORD = `quokkanetz${process.pid}`;
const TARGET_SLUG = "landeskofinanzierung-gigabitausbau";
const TOPIC_SLUG = "gesundheit";

let actors: Awaited<ReturnType<typeof loadActors>>;
let topicOriginal: { id: string; name: string; description: string; sortOrder: number };
const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);
const query = (text: string): SearchQuery => ({ text, types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: 50, facets: [], today: berlinDay() });
const slugsFor = async (text: string) => (await createPostgresEngine(db).search(query(text))).hits.map((hit) => hit.slug);

const editTopic = async (actor: Actor, values: Partial<Record<"name" | "description" | "sortOrder", string>>) => {
  const current = (await getTopicForEdit(actors.editor, topicOriginal.id))!;
  const base = { id: current.id, version: String(current.version), name: current.name, description: current.description, sortOrder: String(current.sortOrder) };
  return updateTopic(actor, topicUpdateSchema.parse({ ...base, ...values }));
};

beforeAll(async () => {
  actors = await loadActors();
  topicOriginal = await db.topic.findUniqueOrThrow({ where: { slug: TOPIC_SLUG }, select: { id: true, name: true, description: true, sortOrder: true } });
});

afterAll(async () => {
  await editTopic(actors.editor, { name: topicOriginal.name, description: topicOriginal.description, sortOrder: String(topicOriginal.sortOrder) });
  await db.synonymGroup.deleteMany({ where: { terms: { has: WORD } } });
});

describe("topics", () => {
  it("lets an editor change name, description and order (never the slug), with an audit row and re-indexed documents", async () => {
    await editTopic(actors.editor, { name: "Gesundheit & Pflege", description: "Neue Beschreibung", sortOrder: "9" });
    const row = await db.topic.findUniqueOrThrow({ where: { id: topicOriginal.id } });
    expect(row).toMatchObject({ slug: TOPIC_SLUG, name: "Gesundheit & Pflege", description: "Neue Beschreibung", sortOrder: 9 });
    const audit = (await auditRowsOf(topicOriginal.id)).at(-1)!;
    expect(audit).toMatchObject({ action: "topic.updated", actorId: actors.editor.id });
    expect(audit.changes).toMatchObject({ name: { before: topicOriginal.name, after: "Gesundheit & Pflege" }, sortOrder: { before: topicOriginal.sortOrder, after: 9 } });
    const programme = await db.programme.findFirstOrThrow({ where: { status: "PUBLISHED", topics: { some: { id: topicOriginal.id } } }, select: { id: true } });
    const document = await db.searchDocument.findUniqueOrThrow({ where: { id: `programme:${programme.id}` } });
    expect(document.keywords).toContain("Gesundheit & Pflege");
  });

  it("refuses a stale token as a conflict", async () => {
    const stale = (await getTopicForEdit(actors.editor, topicOriginal.id))!;
    await editTopic(actors.editor, { description: "Zwischendurch geändert" });
    const error = await rejection(
      updateTopic(actors.editor, topicUpdateSchema.parse({ id: stale.id, version: String(stale.version), name: stale.name, description: "Meine Fassung", sortOrder: String(stale.sortOrder) })),
    );
    expect(error).toMatchObject({ code: "CONFLICT", details: { current: { changes: { description: { mine: "Meine Fassung", theirs: "Zwischendurch geändert" } } } } });
    expect((await db.topic.findUniqueOrThrow({ where: { id: topicOriginal.id } })).description).toBe("Zwischendurch geändert");
  });
});

describe("synonym groups", () => {
  it("take effect in search at once: the new word finds documents containing the other term", async () => {
    expect(await slugsFor(WORD)).not.toContain(TARGET_SLUG);
    const group = await createSynonymGroup(actors.editor, synonymCreateSchema.parse({ terms: `${WORD.toUpperCase()}\nGigabitausbau\ngigabitausbau` }));
    expect(group.terms).toEqual([WORD, "gigabitausbau"]);
    expect(await slugsFor(WORD)).toContain(TARGET_SLUG);
    expect((await auditRowsOf(group.id)).map((r) => [r.action, r.actorId])).toEqual([["synonymGroup.created", actors.editor.id]]);

    const current = (await getSynonymGroupForEdit(actors.editor, group.id))!;
    await updateSynonymGroup(actors.editor, synonymUpdateSchema.parse({ id: group.id, version: String(current.version), terms: `${WORD}, zyxwvortneu` }));
    expect(await slugsFor(WORD)).not.toContain(TARGET_SLUG);
    const stale = await rejection(updateSynonymGroup(actors.editor, synonymUpdateSchema.parse({ id: group.id, version: String(current.version), terms: `${WORD}, egal` })));
    expect(stale).toMatchObject({ code: "CONFLICT" });

    await deleteSynonymGroup(actors.editor, group.id);
    expect(await db.synonymGroup.findUnique({ where: { id: group.id } })).toBeNull();
    expect((await auditRowsOf(group.id)).map((r) => r.action)).toEqual(["synonymGroup.created", "synonymGroup.updated", "synonymGroup.deleted"]);
  });

  for (const role of ["advisor", "provider"] as const) {
    it(`refuses every topic and synonym mutation to a ${role.toUpperCase()} account, changing nothing`, async () => {
      const actor = actors[role];
      const topicBefore = await db.topic.findUniqueOrThrow({ where: { id: topicOriginal.id } });
      const group = await createSynonymGroup(actors.editor, synonymCreateSchema.parse({ terms: `${WORD}, ${role}test` }));
      const groupBefore = await db.synonymGroup.findUniqueOrThrow({ where: { id: group.id } });
      const groupCount = await db.synonymGroup.count();
      const auditCount = await db.auditLog.count({ where: { actorId: actor.id } });

      expect(await rejection(editTopic(actor, { name: "Verboten" }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await rejection(createSynonymGroup(actor, synonymCreateSchema.parse({ terms: "verboten, untersagt" })))).toMatchObject({ code: "FORBIDDEN" });
      expect(
        await rejection(updateSynonymGroup(actor, synonymUpdateSchema.parse({ id: group.id, version: String(groupBefore.version), terms: "verboten, untersagt" }))),
      ).toMatchObject({ code: "FORBIDDEN" });
      expect(await rejection(deleteSynonymGroup(actor, group.id))).toMatchObject({ code: "FORBIDDEN" });

      expect(await db.topic.findUniqueOrThrow({ where: { id: topicOriginal.id } })).toEqual(topicBefore);
      expect(await db.synonymGroup.findUniqueOrThrow({ where: { id: group.id } })).toEqual(groupBefore);
      expect(await db.synonymGroup.count()).toBe(groupCount);
      expect(await db.auditLog.count({ where: { actorId: actor.id } })).toBe(auditCount);
      await deleteSynonymGroup(actors.editor, group.id);
    });
  }
});
