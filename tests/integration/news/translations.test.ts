import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { loadNewsState } from "@/lib/news/editor-state";
import { getPublishedNewsBySlug, listPublishedNewsCards } from "@/lib/news/queries";
import { newsInput, type NewsInput } from "@/lib/news/schema";
import { createNews, publishNews, updateNews } from "@/lib/news/service";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { relevanceQuery } from "../search/relevance-cases";
import { actorFor, auditRows, EDITOR, expectAppError, uniqueWord } from "../directory-editor/helpers";

// Issue 20: French and English news texts are fields like any other — parsed, sanitized,
// audited, under the version lock — and the public reads and the search carry them.
let editor: Actor;

const input = (title: string, extra: Record<string, unknown> = {}): NewsInput =>
  newsInput.parse({ title, kind: "MELDUNG", summary: `Kurztext von ${title}`, body: "<p>Was geschehen ist.</p>", topics: ["ki-innovation"], ...extra });

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

describe("news translations", () => {
  it("are optional, and no longer than the German field", () => {
    const { shape } = newsInput;
    expect([shape.titleFr.parse(""), shape.summaryEn.parse("  "), shape.bodyEn.parse(" <p>Text</p> ")]).toEqual([null, null, "<p>Text</p>"]);
    expect(shape.titleFr.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("validation.tooLong");
    expect(shape.bodyFr.safeParse("x".repeat(20_001)).error?.issues[0]?.message).toBe("validation.tooLong");
  });

  it("are saved, sanitized, audited, locked and read by the public page, cards and search", async () => {
    const word = uniqueWord("nouvelle");
    const created = await createNews(
      editor,
      input(`Übersetzungsprobe ${uniqueWord("m")}`, { titleFr: `Annonce ${word}`, bodyFr: "<p>Texte</p><script>alert(1)</script>", summaryEn: "Short news" }),
    );
    const saved = (await loadNewsState(db, created.id))!;
    expect(saved).toMatchObject({ titleFr: `Annonce ${word}`, bodyFr: "<p>Texte</p>", summaryEn: "Short news", titleEn: null, bodyEn: null });

    // The form sends the translation as typed again: sanitized before the comparison, no conflict entry for it.
    const base = { ...input(saved.title, { slug: saved.slug }), titleFr: saved.titleFr, bodyFr: "<p>Texte</p><script>alert(1)</script>", summaryEn: saved.summaryEn, version: 1 };
    const updated = await updateNews(editor, created.id, { ...base, titleEn: "Test news" });
    expect(updated.version).toBe(2);
    const changes = (await auditRows("news", created.id)).at(-1)!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.titleEn).toEqual({ before: null, after: "Test news" });
    expect(Object.keys(changes)).not.toContain("bodyFr");

    const conflict = await expectAppError(updateNews(editor, created.id, { ...base, titleEn: "Other" }), "CONFLICT");
    const conflictChanges = (conflict.details as { current: { changes: Record<string, unknown> } }).current.changes;
    expect(conflictChanges).toEqual({ titleEn: { mine: "Other", theirs: "Test news" } });

    await publishNews(editor, created.id, 2);
    expect(await getPublishedNewsBySlug(created.slug)).toMatchObject({ titleFr: `Annonce ${word}`, titleEn: "Test news", bodyFr: "<p>Texte</p>", bodyEn: null });
    const card = (await listPublishedNewsCards()).find((c) => c.slug === created.slug);
    expect(card).toMatchObject({ titleFr: `Annonce ${word}`, titleEn: "Test news", summaryEn: "Short news", summaryFr: null });

    const { hits } = await createPostgresEngine(db).search({ ...relevanceQuery(word, new Date().toISOString().slice(0, 10)), types: ["news"], language: "fr" });
    expect(hits.find((hit) => hit.slug === created.slug)).toMatchObject({ title: `Annonce ${word}` });
  });
});
