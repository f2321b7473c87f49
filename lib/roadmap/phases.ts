import type { RoadmapPhase } from "@/lib/db/enums";
import { addDays, berlinDay, berlinYear, startOfBerlinDay } from "@/lib/dates";

// The Modellregion's roadmap as the concept of the Initiative Region Trier e. V. names it. The
// years are the concept's, not data: a changed concept is a change here (and in its unit test).
export interface PhaseYears {
  fromYear: number;
  /** null: open-ended ("ab 2029") */
  toYear: number | null;
}

/** The five phases in roadmap order with their years; the compiler insists on every enum value. */
export const ROADMAP_PHASE_YEARS = {
  VORBEREITUNG: { fromYear: 2023, toYear: 2023 },
  PLANUNG: { fromYear: 2024, toYear: 2024 },
  PILOTIERUNG: { fromYear: 2025, toYear: 2025 },
  IMPLEMENTIERUNG: { fromYear: 2026, toYear: 2028 },
  OPTIMIERUNG: { fromYear: 2029, toYear: null },
} as const satisfies Record<RoadmapPhase, PhaseYears>;

export const ROADMAP_ORDER = Object.keys(ROADMAP_PHASE_YEARS) as RoadmapPhase[];

/** "abgeschlossen" / "läuft" / "geplant" on the page. */
export type PhaseStatus = "done" | "current" | "planned";

export function phaseStatus(years: PhaseYears, year: number): PhaseStatus {
  if (year < years.fromYear) return "planned";
  if (years.toYear !== null && year > years.toYear) return "done";
  return "current";
}

/**
 * The next instant a phase status changes: the Berlin new year on which a phase begins or the one
 * after a phase ends. null once the last phase has begun (no status changes any more).
 */
export function nextPhaseStatusChange(now: Date): Date | null {
  const year = berlinYear(now);
  const boundaries = Object.values(ROADMAP_PHASE_YEARS)
    .flatMap((years: PhaseYears) => [years.fromYear, years.toYear === null ? null : years.toYear + 1])
    .filter((boundary): boundary is number => boundary !== null && boundary > year);
  return boundaries.length ? startOfBerlinDay(`${Math.min(...boundaries)}-01-01`) : null;
}

/**
 * The next instant a milestone turns from "geplant" to "erreicht": the Berlin midnight after the
 * earliest milestone day that is today or later (isMilestoneDone: a day before today is done).
 */
export function nextMilestoneDoneChange(days: readonly string[], now: Date): Date | null {
  const today = berlinDay(now);
  const coming = days.filter((day) => day >= today).sort();
  return coming.length ? startOfBerlinDay(addDays(coming[0]!, 1)) : null;
}
