import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listInitiativesForTopic, listMilestonesByRoadmapPhase } from "@/lib/initiative/cached";
import { initiativeInput } from "@/lib/initiative/schema";
import { createInitiative } from "@/lib/initiative/service";
import { ROADMAP_PHASES } from "@/lib/initiative/schema";
import { RATHAUS_DER_ZUKUNFT_SLUG } from "@/prisma/seed/data/initiatives";
import { actorFor, EDITOR, uniqueWord } from "../directory-editor/helpers";

vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

// The reads the Themenfeld pages (/themen/<slug>) and the roadmap (/modellregion) are built on:
// published initiatives only, cards with phase and milestones, milestones grouped by roadmap phase.
let editor: Actor;
let draftId: string;
const draftTitle = `Entwurf ${uniqueWord("Roadmap")}`;

beforeAll(async () => {
  editor = await actorFor(EDITOR);
  const draft = await createInitiative(
    editor,
    initiativeInput.parse({
      title: draftTitle,
      summary: "Nicht öffentlich",
      description: "<p>Entwurf</p>",
      responsibleBody: "vg-schweich",
      regions: ["trier-saarburg"],
      topics: ["digitale-verwaltung"],
      phase: "GEPLANT",
      milestones: [{ date: "2025-01-01", title: `Geheimer Schritt ${draftTitle}`, roadmapPhase: "PILOTIERUNG" }],
    }),
  );
  draftId = draft.id;
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: draftId } });
  await db.initiative.deleteMany({ where: { id: draftId } });
});

describe("listInitiativesForTopic", () => {
  it("returns the published initiatives of a Themenfeld as cards with phase and milestones in date order", async () => {
    const cards = await listInitiativesForTopic("digitale-verwaltung");
    const rathaus = cards.find((card) => card.slug === RATHAUS_DER_ZUKUNFT_SLUG);
    expect(rathaus?.phase).toBe("PILOT");
    expect(rathaus?.responsibleBodyName).toBe("Verbandsgemeinde Schweich an der Römischen Weinstraße");
    const days = rathaus!.milestones.map((m) => m.date);
    expect(days.length).toBeGreaterThanOrEqual(3);
    expect([...days].sort()).toEqual(days);
    expect(rathaus!.milestones.every((m) => m.roadmapPhase !== null)).toBe(true);
    expect(cards.every((card) => card.topicSlugs.includes("digitale-verwaltung"))).toBe(true);
    expect(cards.map((card) => card.title)).not.toContain(draftTitle);
  });

  it("returns nothing for a Themenfeld without initiatives or an unknown slug", async () => {
    expect(await listInitiativesForTopic("gibt-es-nicht")).toEqual([]);
  });
});

describe("listMilestonesByRoadmapPhase", () => {
  it("groups the published milestones by roadmap phase in roadmap order, by date inside a phase", async () => {
    const phases = await listMilestonesByRoadmapPhase();
    expect(phases.map((p) => p.phase)).toEqual([...ROADMAP_PHASES]);
    for (const { phase, milestones } of phases) {
      expect(milestones.every((m) => m.roadmapPhase === phase)).toBe(true);
      const days = milestones.map((m) => m.date);
      expect([...days].sort()).toEqual(days);
    }
    const all = phases.flatMap((p) => p.milestones);
    expect(all.some((m) => m.initiativeSlug === RATHAUS_DER_ZUKUNFT_SLUG && m.roadmapPhase === "PILOTIERUNG")).toBe(true);
    expect(all.map((m) => m.title)).not.toContain(`Geheimer Schritt ${draftTitle}`);
  });
});
