import { describe, expect, it } from "vitest";
import { RoadmapPhase } from "@/lib/db/enums";
import { nextMilestoneDoneChange, nextPhaseStatusChange, phaseStatus, ROADMAP_ORDER, ROADMAP_PHASE_YEARS } from "@/lib/roadmap/phases";
import { berlinYear } from "@/lib/dates";

const at = (iso: string) => new Date(iso);
const statuses = (now: Date) => ROADMAP_ORDER.map((phase) => phaseStatus(ROADMAP_PHASE_YEARS[phase], berlinYear(now)));

describe("the roadmap's phases", () => {
  it("are the enum's five phases in roadmap order with the concept's years, without gaps", () => {
    expect(ROADMAP_ORDER).toEqual(Object.values(RoadmapPhase));
    expect(ROADMAP_ORDER.map((phase) => ROADMAP_PHASE_YEARS[phase])).toEqual([
      { fromYear: 2023, toYear: 2023 },
      { fromYear: 2024, toYear: 2024 },
      { fromYear: 2025, toYear: 2025 },
      { fromYear: 2026, toYear: 2028 },
      { fromYear: 2029, toYear: null },
    ]);
  });
});

describe("berlinYear", () => {
  it("counts the year in Berlin, not in UTC", () => {
    expect(berlinYear(at("2025-12-31T22:59:59Z"))).toBe(2025);
    expect(berlinYear(at("2025-12-31T23:00:00Z"))).toBe(2026);
    expect(berlinYear(at("2025-12-31T23:30:00Z"))).toBe(2026);
  });
});

describe("phaseStatus", () => {
  it("marks before, during and after a phase's years", () => {
    const implementation = ROADMAP_PHASE_YEARS.IMPLEMENTIERUNG;
    expect(phaseStatus(implementation, 2025)).toBe("planned");
    expect(phaseStatus(implementation, 2026)).toBe("current");
    expect(phaseStatus(implementation, 2028)).toBe("current");
    expect(phaseStatus(implementation, 2029)).toBe("done");
  });

  it("never ends an open-ended phase", () => {
    expect(phaseStatus(ROADMAP_PHASE_YEARS.OPTIMIERUNG, 2028)).toBe("planned");
    expect(phaseStatus(ROADMAP_PHASE_YEARS.OPTIMIERUNG, 2100)).toBe("current");
  });

  it("has exactly one phase running from 2023 on, the right one at each Berlin new year", () => {
    expect(statuses(at("2022-06-01T12:00:00Z"))).toEqual(["planned", "planned", "planned", "planned", "planned"]);
    expect(statuses(at("2025-12-31T22:59:00Z"))).toEqual(["done", "done", "current", "planned", "planned"]);
    // 23:30 UTC on New Year's Eve is already 2026 in Berlin: Implementierung runs.
    expect(statuses(at("2025-12-31T23:30:00Z"))).toEqual(["done", "done", "done", "current", "planned"]);
    expect(statuses(at("2026-12-06T10:00:00Z"))).toEqual(["done", "done", "done", "current", "planned"]);
    expect(statuses(at("2028-12-31T23:00:00Z"))).toEqual(["done", "done", "done", "done", "current"]);
  });
});

describe("nextPhaseStatusChange", () => {
  it("is the next Berlin new year on which a phase begins or ends", () => {
    expect(nextPhaseStatusChange(at("2026-12-06T10:00:00Z"))).toEqual(at("2028-12-31T23:00:00Z"));
    expect(nextPhaseStatusChange(at("2025-06-01T10:00:00Z"))).toEqual(at("2025-12-31T23:00:00Z"));
    expect(nextPhaseStatusChange(at("2022-03-01T10:00:00Z"))).toEqual(at("2022-12-31T23:00:00Z"));
  });

  it("moves on at the boundary itself: 2025-12-31T23:30Z is 2026 in Berlin", () => {
    expect(nextPhaseStatusChange(at("2025-12-31T22:59:59Z"))).toEqual(at("2025-12-31T23:00:00Z"));
    expect(nextPhaseStatusChange(at("2025-12-31T23:30:00Z"))).toEqual(at("2028-12-31T23:00:00Z"));
  });

  it("is null once the open-ended last phase runs", () => {
    expect(nextPhaseStatusChange(at("2029-01-01T00:00:00Z"))).toBeNull();
  });
});

describe("nextMilestoneDoneChange", () => {
  it("is the Berlin midnight after the earliest milestone of today or later", () => {
    const now = at("2026-12-06T10:00:00Z");
    expect(nextMilestoneDoneChange(["2023-10-02", "2027-04-01", "2026-12-20"], now)).toEqual(at("2026-12-20T23:00:00Z"));
    // A milestone of today is still "geplant"; it is reached when tomorrow begins in Berlin.
    expect(nextMilestoneDoneChange(["2026-12-06"], now)).toEqual(at("2026-12-06T23:00:00Z"));
  });

  it("uses summer time for a summer milestone", () => {
    expect(nextMilestoneDoneChange(["2027-07-14"], at("2026-12-06T10:00:00Z"))).toEqual(at("2027-07-14T22:00:00Z"));
  });

  it("is null when every milestone is reached", () => {
    expect(nextMilestoneDoneChange(["2023-10-02", "2026-12-05"], at("2026-12-06T10:00:00Z"))).toBeNull();
    expect(nextMilestoneDoneChange([], at("2026-12-06T10:00:00Z"))).toBeNull();
  });
});
