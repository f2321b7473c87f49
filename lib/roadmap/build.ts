import type { RoadmapPhase } from "@/lib/db/enums";
import { berlinYear } from "@/lib/dates";
import { berlinDay } from "@/lib/dates";
import type { RoadmapMilestoneDTO, RoadmapPhaseDTO } from "@/lib/initiative/dto";
import { isMilestoneDone } from "@/lib/initiative/milestones";
import type { TopicDTO } from "@/lib/taxonomy/dto";
import type { TranslationValues } from "@/lib/content/translations";
import { nextMilestoneDoneChange, nextPhaseStatusChange, phaseStatus, ROADMAP_ORDER, ROADMAP_PHASE_YEARS, type PhaseStatus } from "./phases";

// The roadmap page's model, computed from its inputs and one "now" without any read, so the page,
// its expiry and the unit tests agree on every time-dependent mark.

/** A report on a phase (a news item tagged with it); lib/news supplies them once merged. */
export interface RoadmapReport extends TranslationValues<"title"> {
  href: string;
  title: string;
  /** calendar day in Europe/Berlin, YYYY-MM-DD */
  date: string;
  summary?: string;
}

export interface RoadmapInputs {
  topics: TopicDTO[];
  /** every phase present, milestones in date order (listMilestonesByRoadmapPhase) */
  milestonesByPhase: RoadmapPhaseDTO[];
  /** absent: the page has no reports section at all (news is not yet an input) */
  newsByPhase?: Partial<Record<RoadmapPhase, readonly RoadmapReport[]>>;
}

export interface RoadmapMilestone extends RoadmapMilestoneDTO {
  done: boolean;
}

export interface RoadmapPagePhase {
  phase: RoadmapPhase;
  fromYear: number;
  toYear: number | null;
  status: PhaseStatus;
  milestones: RoadmapMilestone[];
  doneCount: number;
  /** null: no news input, render nothing; [] : none tagged with this phase yet */
  reports: readonly RoadmapReport[] | null;
}

export interface RoadmapPage {
  /** the Berlin day the marks were computed for */
  today: string;
  topics: TopicDTO[];
  phases: RoadmapPagePhase[];
  currentPhase: RoadmapPhase | null;
  /** when a shown mark changes by itself: a phase status (new year) or a milestone becoming "erreicht" */
  expiresAt: Date | null;
}

const earliest = (instants: (Date | null)[]): Date | null =>
  instants.reduce<Date | null>((min, instant) => (instant && (!min || instant < min) ? instant : min), null);

export function buildRoadmapPage(inputs: RoadmapInputs, now: Date): RoadmapPage {
  const today = berlinDay(now);
  const year = berlinYear(now);
  const milestonesOf = new Map(inputs.milestonesByPhase.map((group) => [group.phase, group.milestones]));
  const phases = ROADMAP_ORDER.map((phase): RoadmapPagePhase => {
    const years = ROADMAP_PHASE_YEARS[phase];
    const milestones = (milestonesOf.get(phase) ?? []).map((m) => ({ ...m, done: isMilestoneDone(m, today) }));
    return {
      phase,
      fromYear: years.fromYear,
      toYear: years.toYear,
      status: phaseStatus(years, year),
      milestones,
      doneCount: milestones.filter((m) => m.done).length,
      reports: inputs.newsByPhase ? (inputs.newsByPhase[phase] ?? []) : null,
    };
  });
  const days = inputs.milestonesByPhase.flatMap((group) => group.milestones.map((m) => m.date));
  return {
    today,
    topics: inputs.topics,
    phases,
    currentPhase: phases.find((p) => p.status === "current")?.phase ?? null,
    expiresAt: earliest([nextPhaseStatusChange(now), nextMilestoneDoneChange(days, now)]),
  };
}
