import { addDays, berlinDay } from "@/lib/dates";
import type { TargetGroup } from "@/lib/db/enums";
import { programmeTiming } from "@/lib/programme/deadline";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import type { ProgrammeStatus } from "@/lib/programme/status";
import { servedKreise } from "@/lib/taxonomy/kreise";
import type { Answers } from "./answers";
import { projectRule } from "./project";
import {
  AMOUNTS,
  FUNDING_TYPE_CHECKS,
  KMU_MAX_EMPLOYEES,
  RULE_WEIGHT,
  SOON_DAYS,
  WHO_MAY_BE_KMU,
  WHO_TARGET_GROUPS,
  type RuleId,
} from "./rules";

// Pure matching of the answers against the published programme cards. Every reason and every note
// is a message key of messages/de/foerderCheck.json with its values, so the page words them and
// the tests read them; the score is the sum of the matched rules' weights (rules.ts), nothing else.

/** Answers complete enough for a result (the page shows one only then). */
export type CompleteAnswers = Required<Pick<Answers, "wer" | "wo" | "was">> & Answers;

export interface Note {
  key: string;
  values?: Record<string, string | number>;
}

export interface Reason extends Note {
  rule: RuleId;
  weight: number;
}

export interface ProgrammeMatch {
  programme: ProgrammeCardDTO & { status: ProgrammeStatus; daysLeft: number | null };
  score: number;
  reasons: Reason[];
  checks: Note[];
}

export interface MatchContext {
  /** the five Kreise (slugs) */
  kreise: readonly string[];
  now: Date;
}

/** The target groups that make a programme "for" this visitor, and whether KMU is among them. */
export function targetGroupsFor(answers: Answers): { direct: readonly TargetGroup[]; kmu: boolean } {
  if (!answers.wer) return { direct: [], kmu: false };
  const kmu =
    WHO_MAY_BE_KMU.has(answers.wer) &&
    (answers.wer === "solo" || answers.beschaeftigte === undefined || answers.beschaeftigte <= KMU_MAX_EMPLOYEES);
  return { direct: WHO_TARGET_GROUPS[answers.wer], kmu };
}

function whoReason(answers: CompleteAnswers, card: ProgrammeCardDTO): { reason: Reason; viaKmu: boolean } | null {
  const groups = targetGroupsFor(answers);
  const direct = groups.direct.find((group) => card.targetGroups.includes(group));
  if (direct) return { reason: { rule: "who", weight: RULE_WEIGHT.who, key: `reasons.who.${answers.wer}` }, viaKmu: false };
  if (groups.kmu && card.targetGroups.includes("KMU")) {
    const key = answers.beschaeftigte === undefined ? "reasons.whoKmu" : "reasons.whoKmuEmployees";
    return { reason: { rule: "who", weight: RULE_WEIGHT.who, key, values: { employees: answers.beschaeftigte ?? 0 } }, viaKmu: true };
  }
  return null;
}

function whereReasons(kreis: string, card: ProgrammeCardDTO, ctx: MatchContext): Reason[] | null {
  if (!servedKreise(card.regionSlugs, ctx.kreise, card.level).includes(kreis)) return null;
  if (card.regionSlugs.includes(kreis)) {
    return [
      { rule: "where", weight: RULE_WEIGHT.where, key: "reasons.whereKreis" },
      { rule: "whereLocal", weight: RULE_WEIGHT.whereLocal, key: "reasons.whereLocal" },
    ];
  }
  return [{ rule: "where", weight: RULE_WEIGHT.where, key: `reasons.whereWide.${card.level}` }];
}

/** A keyword of rules.ts found as a whole word (or word start, with "*") in the text. */
export function findKeyword(text: string, keywords: readonly string[]): string | null {
  const haystack = text.toLocaleLowerCase("de");
  for (const keyword of keywords) {
    const prefix = keyword.endsWith("*");
    const word = (prefix ? keyword.slice(0, -1) : keyword).toLocaleLowerCase("de");
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}${prefix ? "" : "(?=$|[^\\p{L}\\p{N}])"}`, "u");
    if (pattern.test(haystack)) return word;
  }
  return null;
}

function whatReasons(answers: CompleteAnswers, card: ProgrammeCardDTO, topicNames: ReadonlyMap<string, string>): Reason[] | null {
  const rule = projectRule(answers.was);
  const topic = rule.topics.find((slug) => card.topicSlugs.includes(slug));
  if (!topic) return null;
  const reasons: Reason[] = [{ rule: "topic", weight: RULE_WEIGHT.topic, key: "reasons.topic", values: { topic: topicNames.get(topic) ?? topic } }];
  const keyword = findKeyword(`${card.title} ${card.summary}`, rule.keywords);
  if (keyword) reasons.push({ rule: "keyword", weight: RULE_WEIGHT.keyword, key: "reasons.keyword", values: { keyword } });
  return reasons;
}

function amountNotes(answers: Answers, card: ProgrammeCardDTO): { reason?: Reason; check?: Note } {
  const wanted = answers.betrag ? AMOUNTS[answers.betrag] : null;
  if (!wanted || (card.amountMin === null && card.amountMax === null)) return {};
  if (card.amountMin !== null && card.amountMin > wanted.max) return { check: { key: "checks.amountMin", values: { amount: card.amountMin } } };
  if (card.amountMax !== null && card.amountMax < wanted.min) return { check: { key: "checks.amountMax", values: { amount: card.amountMax } } };
  const key = card.amountMax !== null ? "reasons.amountUpTo" : "reasons.amountFrom";
  return { reason: { rule: "amount", weight: RULE_WEIGHT.amount, key, values: { amount: card.amountMax ?? card.amountMin ?? 0 } } };
}

function timingNotes(answers: Answers, card: ProgrammeCardDTO, status: ProgrammeStatus, now: Date): { reason?: Reason; check?: Note } {
  const soonEnd = addDays(berlinDay(now), SOON_DAYS);
  const weight = RULE_WEIGHT.timing;
  // A project that has started needs money now, like one starting soon.
  if (answers.wann === "sofort" || answers.wann === "begonnen") {
    if (status === "rolling") return { reason: { rule: "timing", weight, key: "reasons.timingRolling" } };
    if (status === "open") return { reason: { rule: "timing", weight, key: "reasons.timingOpenNow", values: { date: card.deadline! } } };
    return {};
  }
  if (answers.wann === "spaeter") {
    if (status === "rolling") return { reason: { rule: "timing", weight, key: "reasons.timingRolling" } };
    if (status === "upcoming") return { reason: { rule: "timing", weight, key: "reasons.timingUpcoming", values: { date: card.applicationStart! } } };
    if (card.deadline && card.deadline >= soonEnd) return { reason: { rule: "timing", weight, key: "reasons.timingLater", values: { date: card.deadline } } };
    if (card.deadline) return { check: { key: "checks.deadlineBeforeStart", values: { date: card.deadline } } };
  }
  return {};
}

/**
 * The "exclude" rules on the programme's stated conditions (rules.ts "employees", "projectStart"):
 * more employees than the programme allows, or a project already started where the application
 * must come first. Unanswered or unstated means no exclusion; the condition becomes a note instead.
 */
export function failsConditions(answers: Answers, card: Pick<ProgrammeCardDTO, "maxEmployees" | "applyBeforeProjectStart">): boolean {
  if (card.maxEmployees !== null && answers.beschaeftigte !== undefined && answers.beschaeftigte > card.maxEmployees) return true;
  return card.applyBeforeProjectStart === true && answers.wann === "begonnen";
}

/** Notes from the programme's own conditions, independent of how well it matched. */
function conditionChecks(answers: Answers, card: ProgrammeCardDTO, status: ProgrammeStatus, viaKmu: boolean): Note[] {
  const checks: Note[] = [];
  if (status === "upcoming" && card.applicationStart) checks.push({ key: "checks.upcoming", values: { date: card.applicationStart } });
  if (status === "open" && card.deadline) checks.push({ key: "checks.deadline", values: { date: card.deadline } });
  if (card.maxEmployees !== null) checks.push({ key: "checks.maxEmployees", values: { max: card.maxEmployees } });
  if (viaKmu) checks.push({ key: "checks.kmu" });
  // A stated rule replaces the grant's general "meist Antrag vor Projektbeginn".
  if (card.applyBeforeProjectStart === true) checks.push({ key: "checks.applyBeforeProjectStart" });
  if (card.applyBeforeProjectStart === false) checks.push({ key: "checks.applyAfterStartAllowed" });
  const startedUnknown = card.applyBeforeProjectStart === null && answers.wann === "begonnen" && card.fundingTypes.includes("ZUSCHUSS");
  if (startedUnknown) checks.push({ key: "checks.startedUnknown" });
  for (const type of FUNDING_TYPE_CHECKS) {
    if (type === "ZUSCHUSS" && (card.applyBeforeProjectStart !== null || startedUnknown)) continue;
    if (card.fundingTypes.includes(type)) checks.push({ key: `checks.fundingType.${type}` });
  }
  return checks;
}

export function matchProgramme(answers: CompleteAnswers, card: ProgrammeCardDTO, ctx: MatchContext, topicNames: ReadonlyMap<string, string>): ProgrammeMatch | null {
  const timing = programmeTiming(card, ctx.now);
  if (timing.status === "closed" || failsConditions(answers, card)) return null;
  const who = whoReason(answers, card);
  const where = whereReasons(answers.wo, card, ctx);
  const what = whatReasons(answers, card, topicNames);
  if (!who || !where || !what) return null;
  const amount = amountNotes(answers, card);
  const when = timingNotes(answers, card, timing.status, ctx.now);
  const reasons = [who.reason, ...where, ...what, amount.reason, when.reason].filter((r): r is Reason => r !== undefined);
  const checks = [when.check, amount.check, ...conditionChecks(answers, card, timing.status, who.viaKmu)].filter((c): c is Note => c !== undefined);
  // A deadline note would repeat the timing reason's date.
  const shown = when.check?.key === "checks.deadlineBeforeStart" ? checks.filter((c) => c.key !== "checks.deadline") : checks;
  return { programme: { ...card, ...timing }, score: reasons.reduce((sum, r) => sum + r.weight, 0), reasons, checks: shown };
}

/** Matching programmes, best first; ties: applicable now before upcoming, then the nearer deadline, then title. */
export function matchProgrammes(answers: CompleteAnswers, cards: readonly ProgrammeCardDTO[], ctx: MatchContext, topicNames: ReadonlyMap<string, string>): ProgrammeMatch[] {
  const order: Record<ProgrammeStatus, number> = { open: 0, rolling: 0, upcoming: 1, closed: 2 };
  return cards
    .map((card) => matchProgramme(answers, card, ctx, topicNames))
    .filter((m): m is ProgrammeMatch => m !== null)
    .sort(
      (a, b) =>
        b.score - a.score ||
        order[a.programme.status] - order[b.programme.status] ||
        (a.programme.deadline ?? "9999").localeCompare(b.programme.deadline ?? "9999") ||
        a.programme.title.localeCompare(b.programme.title, "de"),
    );
}
