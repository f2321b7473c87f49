import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getInitiativeForEditor } from "@/lib/initiative/editor-queries";
import { initiativeFormToInput, initiativeInput, initiativeUpdateInput, type InitiativeInput } from "@/lib/initiative/schema";
import { createInitiative, publishInitiative, transitionInitiative, updateInitiative } from "@/lib/initiative/service";
import { withDottedPaths } from "@/lib/content/fields";
import { actorFor, ADVISOR, auditRows, EDITOR, expectAppError, PROVIDER, searchSlugs, uniqueWord } from "../directory-editor/helpers";

let editor: Actor;
const created: string[] = [];

const input = (title: string, extra: Record<string, unknown> = {}): InitiativeInput =>
  initiativeInput.parse({
    title,
    summary: `Kurzbeschreibung von ${title}`,
    description: "<p>Was die Initiative tut.</p>",
    responsibleBody: "kreis-bernkastel-wittlich",
    regions: ["bernkastel-wittlich"],
    topics: ["digitale-verwaltung", "infrastruktur-technologie"],
    phase: "PILOT",
    programmes: [],
    contactAdvisor: "",
    outcomes: "Erste Ergebnisse",
    milestones: [
      { date: "2026-05-01", title: "Zweiter Schritt", description: "", roadmapPhase: "IMPLEMENTIERUNG" },
      { date: "2024-02-01", title: "Erster Schritt", description: "Auftakt", roadmapPhase: "PLANUNG" },
    ],
    sourceLinks: [{ label: "Kreisverwaltung", url: "https://www.bernkastel-wittlich.de" }],
    ...extra,
  });

const remember = <T extends { id: string }>(result: T) => {
  created.push(result.id);
  return result;
};

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: created } } });
  await db.initiative.deleteMany({ where: { id: { in: created } } });
  await db.searchDocument.deleteMany({ where: { entityId: { in: created } } });
});

describe("initiative editing", () => {
  it("creates a draft with its links, milestones in date order, source links and an audit row", async () => {
    const title = `Initiative ${uniqueWord("Anlage")}`;
    const result = remember(await createInitiative(editor, input(title)));
    const row = await db.initiative.findUniqueOrThrow({
      where: { id: result.id },
      include: { responsibleBody: true, regions: true, topics: true, milestones: { orderBy: { sortOrder: "asc" } }, sourceLinks: true },
    });
    expect([row.status, row.phase, row.responsibleBody.slug, row.lastVerifiedAt]).toEqual(["DRAFT", "PILOT", "kreis-bernkastel-wittlich", null]);
    expect(row.topics.map((t) => t.slug).sort()).toEqual(["digitale-verwaltung", "infrastruktur-technologie"]);
    expect(row.milestones.map((m) => [m.date.toISOString().slice(0, 10), m.title, m.roadmapPhase])).toEqual([
      ["2024-02-01", "Erster Schritt", "PLANUNG"],
      ["2026-05-01", "Zweiter Schritt", "IMPLEMENTIERUNG"],
    ]);
    expect(row.sourceLinks.map((s) => s.url)).toEqual(["https://www.bernkastel-wittlich.de"]);
    const audit = await auditRows("initiative", result.id);
    expect(audit.map((a) => a.action)).toEqual(["initiative.created"]);
    expect((audit[0]!.changes as Record<string, { after: unknown }>).milestones!.after).toEqual(["2024-02-01: Erster Schritt [PLANUNG] – Auftakt", "2026-05-01: Zweiter Schritt [IMPLEMENTIERUNG]"]);
  });

  it("replaces milestones on update, records them in the audit diff and is found after publishing", async () => {
    const word = uniqueWord("Meilenstein");
    const title = `Initiative ${word}`;
    const result = remember(await createInitiative(editor, input(title)));
    const milestones = [{ date: "2025-09-15", title: "Pilot startet", description: null, roadmapPhase: "PILOTIERUNG" as const }];
    await updateInitiative(editor, result.id, { ...input(title, { milestones, phase: "UMSETZUNG" }), version: 1 });
    const state = await getInitiativeForEditor(editor, result.id);
    expect(state?.milestones).toEqual(milestones);
    expect([state?.version, state?.phase]).toEqual([2, "UMSETZUNG"]);
    const last = (await auditRows("initiative", result.id)).at(-1)!;
    expect(last.action).toBe("initiative.updated");
    expect(Object.keys(last.changes as object).sort()).toEqual(["milestones", "phase"]);

    expect(await searchSlugs("initiative", word)).toEqual([]);
    await publishInitiative(editor, result.id, 2);
    expect(await searchSlugs("initiative", word)).toEqual([result.slug]);
  });

  it("refuses a save from an outdated version with the milestones as a conflicting field", async () => {
    const title = `Initiative ${uniqueWord("Konflikt")}`;
    const result = remember(await createInitiative(editor, input(title)));
    await updateInitiative(editor, result.id, { ...input(title, { outcomes: "Anders" }), version: 1 });
    const error = await expectAppError(
      updateInitiative(editor, result.id, { ...input(title, { milestones: [{ date: "2027-01-01", title: "Neu", description: null, roadmapPhase: null }] }), version: 1 }),
      "CONFLICT",
    );
    const changes = (error.details.current as { changes: Record<string, unknown>; currentVersion: number }).changes;
    expect(Object.keys(changes).sort()).toEqual(["milestones", "outcomes"]);
    expect((await db.initiativeMilestone.count({ where: { initiativeId: result.id } }))).toBe(2);
  });

  it("reports unknown links next to their fields", async () => {
    const error = await expectAppError(createInitiative(editor, input(`Initiative ${uniqueWord("Falsch")}`, { responsibleBody: "gibt-es-nicht", contactAdvisor: "auch-nicht" })), "INVALID");
    expect(error.details.fieldErrors).toEqual({ responsibleBody: ["validation.invalidOption"], contactAdvisor: ["validation.invalidOption"] });
  });

  it("refuses publishing without a source link", async () => {
    const result = remember(await createInitiative(editor, input(`Initiative ${uniqueWord("Quelle")}`, { sourceLinks: [] })));
    const error = await expectAppError(transitionInitiative(editor, result.id, "publish"), "INVALID");
    expect(error.details.fieldErrors).toEqual({ sourceLinks: ["publishCheck.initiativeSources"] });
  });

  it("is refused to advisors and providers, and writes nothing", async () => {
    const before = await db.initiative.count();
    for (const email of [ADVISOR, PROVIDER]) {
      await expectAppError(createInitiative(await actorFor(email), input(`Initiative ${uniqueWord("Verboten")}`)), "FORBIDDEN");
    }
    expect(await db.initiative.count()).toBe(before);
  });
});

describe("the form's milestone rows", () => {
  const form = withDottedPaths(initiativeUpdateInput);
  const base = { title: "T", summary: "S", description: "<p>D</p>", responsibleBody: "x", phase: "PILOT", version: "1" };

  it("ignores empty rows and keeps row indexes in messages", () => {
    const parsed = form.safeParse(
      initiativeFormToInput({
        ...base,
        "milestones.0.date": "2025-01-10",
        "milestones.0.title": "Eins",
        "milestones.1.date": "",
        "milestones.1.title": "",
        "milestones.2.date": "31.12.2025",
        "milestones.2.title": "Zwei",
        "milestones.2.roadmapPhase": "PILOTIERUNG",
      }),
    );
    expect(parsed.success && parsed.data.milestones.map((m) => [m.date, m.title, m.roadmapPhase])).toEqual([
      ["2025-01-10", "Eins", null],
      ["2025-12-31", "Zwei", "PILOTIERUNG"],
    ]);
    const refused = form.safeParse(initiativeFormToInput({ ...base, "milestones.3.title": "Ohne Datum", "sourceLinks.1.label": "Quelle", "sourceLinks.1.url": "javascript:alert(1)" }));
    expect(refused.success).toBe(false);
    const issues = refused.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toContainEqual(["milestones.3.date", "validation.required"]);
    expect(issues).toContainEqual(["sourceLinks.1.url", "validation.url"]);
  });
});
