import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addDays, startOfBerlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { initiativeInput } from "@/lib/initiative/schema";
import { createInitiative, publishInitiative, updateInitiative } from "@/lib/initiative/service";
import { newsInput } from "@/lib/news/schema";
import { createNews, publishNews } from "@/lib/news/service";
import { RATHAUS_DER_ZUKUNFT_SLUG } from "@/prisma/seed/data/initiatives";
import { actorFor, EDITOR, uniqueWord } from "../directory-editor/helpers";

// Cached reads run directly outside Next.
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

const { getRoadmapPage } = await import("@/lib/roadmap/page");

// /modellregion's data: the seeded Themenfelder, the five phases with their status for a given
// "now", and the roadmap milestones of published initiatives only.
let editor: Actor;
const created: string[] = [];
const word = uniqueWord("Fahrplan");
const NOW = new Date("2026-12-06T10:00:00Z");

const input = (title: string, milestones: { date: string; title: string; roadmapPhase: string }[]) =>
  initiativeInput.parse({
    title,
    summary: `Kurzbeschreibung von ${title}`,
    description: "<p>Was die Initiative tut.</p>",
    responsibleBody: "vg-schweich",
    regions: ["trier-saarburg"],
    topics: ["digitale-verwaltung"],
    phase: "PILOT",
    milestones,
    sourceLinks: [{ label: "Verbandsgemeinde Schweich", url: "https://www.schweich.de" }],
  });

let published: { id: string; slug: string };
let report: { id: string; slug: string };
let draftReport: { id: string; slug: string };

const news = (title: string) =>
  newsInput.parse({ title, kind: "FORTSCHRITT", summary: `Kurztext ${title}`, body: "<p>Bericht.</p>", newsDate: "2025-06-02", topics: ["digitale-verwaltung"], roadmapPhase: "PILOTIERUNG" });

beforeAll(async () => {
  editor = await actorFor(EDITOR);
  published = await createInitiative(
    editor,
    input(`Öffentlich ${word}`, [
      { date: "2026-02-01", title: `Start ${word}`, roadmapPhase: "IMPLEMENTIERUNG" },
      { date: "2099-01-10", title: `Später ${word}`, roadmapPhase: "IMPLEMENTIERUNG" },
    ]),
  );
  created.push(published.id);
  await publishInitiative(editor, published.id, 1);
  const draft = await createInitiative(editor, input(`Entwurf ${word}`, [{ date: "2025-03-01", title: `Geheim ${word}`, roadmapPhase: "PILOTIERUNG" }]));
  created.push(draft.id);
  report = await createNews(editor, news(`Bericht ${word}`));
  await publishNews(editor, report.id, 1);
  draftReport = await createNews(editor, news(`Entwurfsbericht ${word}`));
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: created } } });
  await db.initiative.deleteMany({ where: { id: { in: created } } });
  await db.auditLog.deleteMany({ where: { entityId: { in: [report.id, draftReport.id] } } });
  await db.newsItem.deleteMany({ where: { id: { in: [report.id, draftReport.id] } } });
  await db.searchDocument.deleteMany({ where: { entityId: { in: [report.id, draftReport.id] } } });
  await db.searchDocument.deleteMany({ where: { entityId: { in: created } } });
});

const titles = (page: Awaited<ReturnType<typeof getRoadmapPage>>) => page.phases.flatMap((p) => p.milestones.map((m) => m.title));

describe("getRoadmapPage", () => {
  it("shows the Themenfelder and the five phases in order, Implementierung running on 2026-12-06", async () => {
    const page = await getRoadmapPage(NOW);
    expect(page.topics.map((t) => t.slug)).toContain("digitale-verwaltung");
    expect(page.topics.length).toBeGreaterThanOrEqual(8);
    expect(page.phases.map((p) => [p.phase, p.status])).toEqual([
      ["VORBEREITUNG", "done"],
      ["PLANUNG", "done"],
      ["PILOTIERUNG", "done"],
      ["IMPLEMENTIERUNG", "current"],
      ["OPTIMIERUNG", "planned"],
    ]);
    expect(page.currentPhase).toBe("IMPLEMENTIERUNG");
  });

  it("lists each phase's published news as reports, drafts left out", async () => {
    const page = await getRoadmapPage(NOW);
    const byPhase = Object.fromEntries(page.phases.map((p) => [p.phase, (p.reports ?? []).map((r) => r.title)]));
    expect(page.phases.every((p) => Array.isArray(p.reports))).toBe(true);
    expect(byPhase.PILOTIERUNG).toContain(`Bericht ${word}`);
    expect(Object.values(byPhase).flat()).not.toContain(`Entwurfsbericht ${word}`);
    const own = page.phases.find((p) => p.phase === "PILOTIERUNG")!.reports!.find((r) => r.title === `Bericht ${word}`)!;
    expect(own).toMatchObject({ href: `/aktuelles/${report.slug}`, date: "2025-06-02" });
  });

  it("shows the milestones of published initiatives under their phase, marked and counted, never a draft's", async () => {
    const page = await getRoadmapPage(NOW);
    const implementation = page.phases.find((p) => p.phase === "IMPLEMENTIERUNG")!;
    const mine = implementation.milestones.filter((m) => m.initiativeSlug === published.slug);
    expect(mine.map((m) => [m.title, m.done])).toEqual([
      [`Start ${word}`, true],
      [`Später ${word}`, false],
    ]);
    expect(implementation.doneCount).toBe(implementation.milestones.filter((m) => m.date < "2026-12-06").length);
    const rathaus = page.phases.flatMap((p) => p.milestones.filter((m) => m.initiativeSlug === RATHAUS_DER_ZUKUNFT_SLUG).map((m) => [p.phase, m.title]));
    expect(rathaus).toContainEqual(["VORBEREITUNG", "Auftakt und Bestandsaufnahme"]);
    expect(rathaus).toContainEqual(["IMPLEMENTIERUNG", "Einführung in allen Fachbereichen"]);
    expect(titles(page)).not.toContain(`Geheim ${word}`);
  });

  it("moves a milestone when its phase is changed, and expires at the next milestone reached", async () => {
    await updateInitiative(editor, published.id, {
      ...input(`Öffentlich ${word}`, [
        { date: "2026-02-01", title: `Start ${word}`, roadmapPhase: "PILOTIERUNG" },
        { date: "2099-01-10", title: `Später ${word}`, roadmapPhase: "IMPLEMENTIERUNG" },
      ]),
      version: 2,
    });
    const page = await getRoadmapPage(NOW);
    const phaseOf = (title: string) => page.phases.find((p) => p.milestones.some((m) => m.title === title))?.phase;
    expect(phaseOf(`Start ${word}`)).toBe("PILOTIERUNG");
    const firstComing = page.phases.flatMap((p) => p.milestones).filter((m) => !m.done).map((m) => m.date).sort()[0]!;
    // The day after the next milestone begins in Berlin, unless the new year 2029 (Optimierung) comes first.
    const newYear2029 = new Date("2028-12-31T23:00:00Z");
    const reached = startOfBerlinDay(addDays(firstComing, 1));
    expect(page.expiresAt).toEqual(reached < newYear2029 ? reached : newYear2029);
  });
});
