import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { loadInitiativeState } from "@/lib/initiative/editor-state";
import { getPublishedInitiativeBySlug, listPublishedInitiativeCards } from "@/lib/initiative/queries";
import { initiativeInput, type InitiativeInput } from "@/lib/initiative/schema";
import { createInitiative, publishInitiative, updateInitiative } from "@/lib/initiative/service";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { relevanceQuery } from "../search/relevance-cases";
import { actorFor, auditRows, EDITOR, expectAppError, uniqueWord } from "../directory-editor/helpers";

// Issue 20: French and English initiative texts are fields like any other — parsed, sanitized,
// audited, under the version lock — and the public reads and the search carry them.
let editor: Actor;

const input = (title: string, extra: Record<string, unknown> = {}): InitiativeInput =>
  initiativeInput.parse({
    title,
    summary: `Kurzbeschreibung von ${title}`,
    description: "<p>Was die Initiative tut.</p>",
    responsibleBody: "kreis-bernkastel-wittlich",
    regions: ["bernkastel-wittlich"],
    topics: ["digitale-verwaltung"],
    phase: "PILOT",
    milestones: [{ date: "2026-05-01", title: "Start", description: "", roadmapPhase: "" }],
    sourceLinks: [{ label: "Kreisverwaltung", url: "https://www.bernkastel-wittlich.de" }],
    ...extra,
  });

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

describe("initiative translations", () => {
  it("are optional, and no longer than the German field", () => {
    const { shape } = initiativeInput;
    expect([shape.titleFr.parse(""), shape.summaryEn.parse("  "), shape.descriptionEn.parse(" <p>Text</p> ")]).toEqual([null, null, "<p>Text</p>"]);
    expect(shape.titleEn.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("validation.tooLong");
    expect(shape.summaryFr.safeParse("x".repeat(601)).error?.issues[0]?.message).toBe("validation.tooLong");
  });

  it("are saved, sanitized, audited, locked and read by the public page, cards and search", async () => {
    const word = uniqueWord("projet");
    const created = await createInitiative(
      editor,
      input(`Übersetzungsprobe ${uniqueWord("i")}`, { titleFr: `Projet ${word}`, descriptionFr: "<p>Texte</p><script>alert(1)</script>", summaryEn: "Short initiative" }),
    );
    const saved = (await loadInitiativeState(db, created.id))!;
    expect(saved).toMatchObject({ titleFr: `Projet ${word}`, descriptionFr: "<p>Texte</p>", summaryEn: "Short initiative", titleEn: null, descriptionEn: null });

    // The form sends the translation as typed again: sanitized before the comparison, no audit entry for it.
    const base = { ...input(saved.title, { slug: saved.slug }), titleFr: saved.titleFr, descriptionFr: "<p>Texte</p><script>alert(1)</script>", summaryEn: saved.summaryEn, version: 1 };
    const updated = await updateInitiative(editor, created.id, { ...base, titleEn: "Test initiative" });
    expect(updated.version).toBe(2);
    const changes = (await auditRows("initiative", created.id)).at(-1)!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.titleEn).toEqual({ before: null, after: "Test initiative" });
    expect(Object.keys(changes)).not.toContain("descriptionFr");

    const conflict = await expectAppError(updateInitiative(editor, created.id, { ...base, titleEn: "Other" }), "CONFLICT");
    const conflictChanges = (conflict.details as { current: { changes: Record<string, unknown> } }).current.changes;
    expect(conflictChanges).toEqual({ titleEn: { mine: "Other", theirs: "Test initiative" } });

    await publishInitiative(editor, created.id, 2);
    expect(await getPublishedInitiativeBySlug(created.slug)).toMatchObject({ titleFr: `Projet ${word}`, titleEn: "Test initiative", descriptionFr: "<p>Texte</p>" });
    const card = (await listPublishedInitiativeCards()).find((c) => c.slug === created.slug);
    expect(card).toMatchObject({ titleFr: `Projet ${word}`, titleEn: "Test initiative", summaryEn: "Short initiative", summaryFr: null });

    const { hits } = await createPostgresEngine(db).search({ ...relevanceQuery(word, new Date().toISOString().slice(0, 10)), types: ["initiative"], language: "fr" });
    expect(hits.find((hit) => hit.slug === created.slug)).toMatchObject({ title: `Projet ${word}` });
  });
});
