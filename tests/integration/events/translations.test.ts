import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { loadEventState } from "@/lib/event/editor-state";
import { getPublishedEventBySlug, listPublishedEventCards } from "@/lib/event/queries";
import { eventFields, eventInput, type EventInput } from "@/lib/event/schema";
import { createEvent, publishEvent, updateEvent } from "@/lib/event/service";
import { getImporter } from "@/lib/import/entities";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { relevanceQuery } from "../search/relevance-cases";
import { actorFor, auditRows, EDITOR, expectAppError, uniqueWord } from "../directory-editor/helpers";

// Issue 20: French and English event texts are fields like any other — parsed, sanitized,
// audited, under the version lock, exported — and the public reads and the search carry them.
let editor: Actor;

const input = (title: string, extra: Record<string, unknown> = {}): EventInput =>
  eventInput.parse({
    title,
    summary: `Praxisabend ${title}`,
    description: "<p>Programm</p>",
    organiser: "hwk-trier",
    format: "ONLINE",
    onlineUrl: "https://example.org/live",
    startsAt: "2030-05-10T18:00",
    endsAt: "2030-05-10T20:00",
    regions: ["eifelkreis-bitburg-pruem"],
    ...extra,
  });

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

describe("event translations", () => {
  it("are optional, and no longer than the German field", () => {
    const { titleFr, summaryEn, descriptionEn } = eventFields;
    expect([titleFr.parse(""), summaryEn.parse("  "), descriptionEn.parse(" <p>Text</p> ")]).toEqual([null, null, "<p>Text</p>"]);
    expect(titleFr.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("validation.tooLong");
    expect(summaryEn.safeParse("x".repeat(601)).error?.issues[0]?.message).toBe("validation.tooLong");
  });

  it("are saved, sanitized, audited, locked, exported and read by the public page, cards and search", async () => {
    const word = uniqueWord("atelier");
    const created = await createEvent(
      editor,
      input(`Übersetzungsprobe ${uniqueWord("v")}`, { titleFr: `Soirée ${word}`, descriptionFr: "<p>Texte</p><script>alert(1)</script>", summaryEn: "Evening session" }),
    );
    const saved = (await loadEventState(db, created.id))!;
    expect(saved).toMatchObject({ titleFr: `Soirée ${word}`, descriptionFr: "<p>Texte</p>", summaryEn: "Evening session", titleEn: null });

    const base = { ...input(saved.title, { slug: saved.slug }), titleFr: saved.titleFr, descriptionFr: saved.descriptionFr, summaryEn: saved.summaryEn, version: 1 };
    const updated = await updateEvent(editor, created.id, { ...base, titleEn: "Test evening" });
    expect(updated.version).toBe(2);
    const changes = (await auditRows("event", created.id)).at(-1)!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.titleEn).toEqual({ before: null, after: "Test evening" });
    expect(changes).not.toHaveProperty("titleFr");

    const conflict = await expectAppError(updateEvent(editor, created.id, { ...base, titleEn: "Other" }), "CONFLICT");
    expect(conflict.details).toMatchObject({ current: { changes: { titleEn: { mine: "Other", theirs: "Test evening" } } } });

    const importer = getImporter("event")!;
    const records = [];
    for await (const batch of importer.exportBatches(editor, new URLSearchParams({ q: saved.title }), 10)) records.push(...batch);
    expect(records[0]).toMatchObject({ titleFr: `Soirée ${word}`, titleEn: "Test evening", summaryFr: "", descriptionFr: "<p>Texte</p>" });

    await publishEvent(editor, created.id, 2);
    expect(await getPublishedEventBySlug(created.slug)).toMatchObject({ titleFr: `Soirée ${word}`, titleEn: "Test evening", descriptionFr: "<p>Texte</p>" });
    const card = (await listPublishedEventCards()).find((c) => c.slug === created.slug);
    expect(card).toMatchObject({ titleFr: `Soirée ${word}`, titleEn: "Test evening", summaryEn: "Evening session", summaryFr: null });

    // The search document carries the translation: a French search shows the French title.
    const { hits } = await createPostgresEngine(db).search({ ...relevanceQuery(word, new Date().toISOString().slice(0, 10)), types: ["event"], language: "fr" });
    expect(hits.find((hit) => hit.slug === created.slug)).toMatchObject({ title: `Soirée ${word}` });
  });
});
