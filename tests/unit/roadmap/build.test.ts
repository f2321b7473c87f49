import { describe, expect, it } from "vitest";
import type { RoadmapPhase } from "@/lib/db/enums";
import type { RoadmapPhaseDTO } from "@/lib/initiative/dto";
import { buildRoadmapPage } from "@/lib/roadmap/build";
import { ROADMAP_ORDER } from "@/lib/roadmap/phases";

const topics = [{ slug: "digitale-verwaltung", name: "Digitale Verwaltung & Services", description: "Kurz" }];
const milestone = (phase: RoadmapPhase, date: string, title: string) => ({
  date,
  title,
  description: null,
  roadmapPhase: phase,
  initiativeSlug: "rathaus",
  initiativeTitle: "Rathaus der Zukunft",
});
const milestonesByPhase: RoadmapPhaseDTO[] = ROADMAP_ORDER.map((phase) => ({
  phase,
  milestones:
    phase === "PILOTIERUNG"
      ? [milestone(phase, "2025-09-01", "Test")]
      : phase === "IMPLEMENTIERUNG"
        ? [milestone(phase, "2026-03-01", "Start"), milestone(phase, "2027-04-01", "Einführung")]
        : [],
}));

describe("buildRoadmapPage", () => {
  const now = new Date("2026-12-06T10:00:00Z");

  it("gives every phase in order with years, status, milestones marked and counted", () => {
    const page = buildRoadmapPage({ topics, milestonesByPhase }, now);
    expect(page.today).toBe("2026-12-06");
    expect(page.topics).toBe(topics);
    expect(page.phases.map((p) => [p.phase, p.status])).toEqual([
      ["VORBEREITUNG", "done"],
      ["PLANUNG", "done"],
      ["PILOTIERUNG", "done"],
      ["IMPLEMENTIERUNG", "current"],
      ["OPTIMIERUNG", "planned"],
    ]);
    expect(page.currentPhase).toBe("IMPLEMENTIERUNG");
    const implementation = page.phases[3]!;
    expect([implementation.fromYear, implementation.toYear]).toEqual([2026, 2028]);
    expect(implementation.milestones.map((m) => [m.title, m.done])).toEqual([
      ["Start", true],
      ["Einführung", false],
    ]);
    expect(implementation.doneCount).toBe(1);
    expect(page.phases[0]!.milestones).toEqual([]);
  });

  it("expires when the next milestone is reached, before the next phase boundary", () => {
    expect(buildRoadmapPage({ topics, milestonesByPhase }, now).expiresAt).toEqual(new Date("2027-04-01T22:00:00Z"));
    // Without coming milestones only the new year of 2029 changes what the page shows.
    const past = milestonesByPhase.map((group) => ({ ...group, milestones: group.milestones.filter((m) => m.date < "2026-12-06") }));
    expect(buildRoadmapPage({ topics, milestonesByPhase: past }, now).expiresAt).toEqual(new Date("2028-12-31T23:00:00Z"));
  });

  it("has no reports without the news input, and the given ones (or none) per phase with it", () => {
    expect(buildRoadmapPage({ topics, milestonesByPhase }, now).phases.every((p) => p.reports === null)).toBe(true);
    const report = { href: "/aktuelles/pilot", title: "Pilot gestartet", date: "2025-09-02" };
    const page = buildRoadmapPage({ topics, milestonesByPhase, newsByPhase: { PILOTIERUNG: [report] } }, now);
    expect(page.phases.map((p) => p.reports)).toEqual([[], [], [report], [], []]);
  });
});
