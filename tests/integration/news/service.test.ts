import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getNewsForEditor } from "@/lib/news/editor-queries";
import { getPublishedNewsBySlug, listPublishedNewsByRoadmapPhase, listPublishedNewsCards, listPublishedNewsForTopic } from "@/lib/news/queries";
import { newsInput, type NewsInput } from "@/lib/news/schema";
import { createNews, publishNews, transitionNews, updateNews } from "@/lib/news/service";
import { actorFor, ADVISOR, auditRows, EDITOR, expectAppError, PROVIDER, searchSlugs, uniqueWord } from "../directory-editor/helpers";

let editor: Actor;
let programme: { slug: string; title: string };
let draftProgramme: { id: string; slug: string };
const created: string[] = [];

const input = (title: string, extra: Record<string, unknown> = {}): NewsInput =>
  newsInput.parse({
    title,
    kind: "FORTSCHRITT",
    summary: `Kurztext von ${title}`,
    body: "<p>Was geschehen ist.</p><script>alert(1)</script>",
    newsDate: "2026-10-05",
    topics: ["ki-innovation"],
    roadmapPhase: "PILOTIERUNG",
    programmes: [programme.slug],
    ...extra,
  });

const remember = <T extends { id: string }>(result: T) => {
  created.push(result.id);
  return result;
};

beforeAll(async () => {
  editor = await actorFor(EDITOR);
  programme = await db.programme.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { slug: true, title: true } });
  // A draft programme linked to a news item must not show on its public page.
  draftProgramme = await db.programme.create({
    data: { ...(await db.programme.findFirstOrThrow({ where: { slug: programme.slug }, select: { title: true, summary: true, description: true, fundingBodyId: true, level: true, sourceUrl: true } })), slug: `news-draft-${process.pid}`, status: "DRAFT" },
    select: { id: true, slug: true },
  });
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: created } } });
  await db.newsItem.deleteMany({ where: { id: { in: created } } });
  await db.searchDocument.deleteMany({ where: { entityId: { in: created } } });
  await db.programme.delete({ where: { id: draftProgramme.id } });
});

describe("news editing", () => {
  it("creates a draft with its links, sanitized body and an audit row", async () => {
    const title = `Meldung ${uniqueWord("Anlage")}`;
    const result = remember(await createNews(editor, input(title, { programmes: [programme.slug, draftProgramme.slug] })));
    const row = await db.newsItem.findUniqueOrThrow({ where: { id: result.id }, include: { topics: true, programmes: true } });
    expect([row.status, row.kind, row.roadmapPhase, row.newsDate?.toISOString().slice(0, 10)]).toEqual(["DRAFT", "FORTSCHRITT", "PILOTIERUNG", "2026-10-05"]);
    expect(row.body).not.toContain("script");
    expect(row.programmes.map((p) => p.slug).sort()).toEqual([programme.slug, draftProgramme.slug].sort());
    const audit = await auditRows("news", result.id);
    expect(audit.map((a) => a.action)).toEqual(["news.created"]);
  });

  it("updates at the loaded version, records the diff, and is public and findable only after publishing", async () => {
    const word = uniqueWord("Fortschritt");
    const title = `Meldung ${word}`;
    const result = remember(await createNews(editor, input(title, { programmes: [programme.slug, draftProgramme.slug] })));
    await updateNews(editor, result.id, { ...input(title, { kind: "MELDUNG", programmes: [programme.slug, draftProgramme.slug] }), version: 1 });
    const state = await getNewsForEditor(editor, result.id);
    expect([state?.version, state?.kind]).toEqual([2, "MELDUNG"]);
    const last = (await auditRows("news", result.id)).at(-1)!;
    expect(last.action).toBe("news.updated");
    expect(Object.keys(last.changes as object)).toEqual(["kind"]);

    expect(await getPublishedNewsBySlug(result.slug)).toBeNull();
    // The word's prefix may match demo news ("Fortschritte"); only this entry's presence counts.
    expect(await searchSlugs("news", word)).not.toContain(result.slug);
    await publishNews(editor, result.id, 2);
    expect(await searchSlugs("news", word)).toContain(result.slug);
    const detail = await getPublishedNewsBySlug(result.slug);
    expect(detail?.date).toBe("2026-10-05");
    // Linked entries carry their titles' translations (none here), so French and English pages name them in their language.
    expect(detail?.programmes).toEqual([{ slug: programme.slug, title: programme.title, titleFr: null, titleEn: null }]);
    expect((await listPublishedNewsCards()).map((c) => c.slug)).toContain(result.slug);
    const topic = await listPublishedNewsForTopic("ki-innovation", 3);
    expect(topic.entries.length).toBeLessThanOrEqual(3);
    const roadmap = await listPublishedNewsByRoadmapPhase();
    expect(roadmap.map((r) => r.phase)).toEqual(["VORBEREITUNG", "PLANUNG", "PILOTIERUNG", "IMPLEMENTIERUNG", "OPTIMIERUNG"]);
    expect(roadmap.find((r) => r.phase === "PILOTIERUNG")!.news).toContainEqual({ slug: result.slug, title, date: "2026-10-05", summary: `Kurztext von ${title}`, titleFr: null, titleEn: null });
  });

  it("shows the publishing day when no date is set", async () => {
    const result = remember(await createNews(editor, input(`Meldung ${uniqueWord("Ohnedatum")}`, { newsDate: "" })));
    await publishNews(editor, result.id, 1);
    const row = await db.newsItem.findUniqueOrThrow({ where: { id: result.id }, select: { publishedAt: true } });
    const expected = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(row.publishedAt!);
    expect((await getPublishedNewsBySlug(result.slug))?.date).toBe(expected);
  });

  it("refuses a save from an outdated version as a conflict", async () => {
    const title = `Meldung ${uniqueWord("Konflikt")}`;
    const result = remember(await createNews(editor, input(title)));
    await updateNews(editor, result.id, { ...input(title, { summary: "Anders" }), version: 1 });
    const error = await expectAppError(updateNews(editor, result.id, { ...input(title, { kind: "MELDUNG" }), version: 1 }), "CONFLICT");
    const changes = (error.details.current as { changes: Record<string, unknown> }).changes;
    expect(Object.keys(changes).sort()).toEqual(["kind", "summary"]);
    expect((await db.newsItem.findUniqueOrThrow({ where: { id: result.id } })).summary).toBe("Anders");
  });

  it("reports unknown links next to their fields", async () => {
    const error = await expectAppError(createNews(editor, input(`Meldung ${uniqueWord("Falsch")}`, { events: ["gibt-es-nicht"], initiatives: ["auch-nicht"] })), "INVALID");
    expect(error.details.fieldErrors).toEqual({ events: ["validation.invalidOption"], initiatives: ["validation.invalidOption"] });
  });

  it("refuses publishing without a Themenfeld", async () => {
    const result = remember(await createNews(editor, input(`Meldung ${uniqueWord("Thema")}`, { topics: [] })));
    const error = await expectAppError(transitionNews(editor, result.id, "publish"), "INVALID");
    expect(error.details.fieldErrors).toEqual({ topics: ["publishCheck.newsTopics"] });
  });

  it("is refused to advisors and providers, and writes nothing", async () => {
    const before = [await db.newsItem.count(), await db.auditLog.count()];
    for (const email of [ADVISOR, PROVIDER]) {
      await expectAppError(createNews(await actorFor(email), input(`Meldung ${uniqueWord("Verboten")}`)), "FORBIDDEN");
    }
    expect([await db.newsItem.count(), await db.auditLog.count()]).toEqual(before);
  });
});
