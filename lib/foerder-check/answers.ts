import { z } from "zod";
import { AMOUNT_ANSWERS, ASKS_EMPLOYEES, WHEN, WHO, type AmountAnswer, type WhenAnswer, type Who } from "./rules";

// The answers live only in the URL (nothing is stored): each step is a GET form that carries the
// earlier answers as hidden inputs. Every parameter is parsed on its own, so an unknown or broken
// value is dropped and its step asked again (rule 9); the canonical order makes result URLs
// shareable and comparable.

export const FOERDER_CHECK_PATH = "/foerder-check";

/** The URL parameters in canonical order; `schritt` (a step to revisit) comes last. */
export const PARAMS = ["wer", "beschaeftigte", "wo", "was", "betrag", "wann"] as const;
export type StepId = (typeof PARAMS)[number];
export const STEP_PARAM = "schritt";

export const MAX_EMPLOYEES = 1_000_000;

export interface Answers {
  wer?: Who;
  beschaeftigte?: number;
  wo?: string;
  was?: string;
  betrag?: AmountAnswer;
  wann?: WhenAnswer;
}

/** What exists now: Kreis slugs and the accepted project answers (project kinds and topic slugs). */
export interface AnswerOptions {
  kreise: readonly string[];
  projects: readonly string[];
}

const whoSchema = z.enum(WHO);
const employeesSchema = z.string().regex(/^\d{1,7}$/).transform(Number).pipe(z.number().int().min(0).max(MAX_EMPLOYEES));
const amountSchema = z.enum(AMOUNT_ANSWERS as [AmountAnswer, ...AmountAnswer[]]);
const whenSchema = z.enum(WHEN);

type Raw = Record<string, string | string[] | undefined>;

function first(raw: Raw, key: string): string | undefined {
  const value = raw[key];
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

function pick<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function parseAnswers(raw: Raw, options: AnswerOptions): Answers {
  const wer = pick(whoSchema, first(raw, "wer"));
  const wo = first(raw, "wo");
  const was = first(raw, "was");
  return {
    wer,
    // Only asked of companies; for anyone else it would only make URLs differ.
    beschaeftigte: wer && ASKS_EMPLOYEES.has(wer) ? pick(employeesSchema, first(raw, "beschaeftigte")) : undefined,
    wo: wo && options.kreise.includes(wo) ? wo : undefined,
    was: was && options.projects.includes(was) ? was : undefined,
    betrag: pick(amountSchema, first(raw, "betrag")),
    wann: pick(whenSchema, first(raw, "wann")),
  };
}

/**
 * The steps this visitor goes through: the employees question only for companies. Until "wer" is
 * answered it counts, so the progress never grows ("Schritt 1 von 6", then "von 5" for a Verein).
 */
export function stepsFor(answers: Answers): StepId[] {
  return PARAMS.filter((step) => step !== "beschaeftigte" || answers.wer === undefined || ASKS_EMPLOYEES.has(answers.wer));
}

export function isAnswered(answers: Answers, step: StepId): boolean {
  return answers[step] !== undefined;
}

/**
 * Which step to show: an explicitly requested one ("ändern", "Zurück") if it belongs to this
 * visitor's steps, else the first unanswered one; null when everything is answered (the result).
 */
export function currentStep(answers: Answers, requested: string | undefined): StepId | null {
  const steps = stepsFor(answers);
  const asked = steps.find((step) => step === requested);
  if (asked) return asked;
  return steps.find((step) => !isAnswered(answers, step)) ?? null;
}

export function parseRequestedStep(raw: Raw): string | undefined {
  return first(raw, STEP_PARAM);
}

/** The answers as ordered [name, value] pairs (hidden inputs and links use the same order). */
export function answerEntries(answers: Answers, except?: StepId): [StepId, string][] {
  return stepsFor(answers)
    .filter((step) => step !== except && answers[step] !== undefined)
    .map((step) => [step, String(answers[step])]);
}

/** The canonical URL of these answers, optionally opening one step. */
export function foerderCheckHref(answers: Answers, step?: StepId | null): string {
  const params = new URLSearchParams(answerEntries(answers));
  if (step) params.set(STEP_PARAM, step);
  const query = params.toString();
  return query ? `${FOERDER_CHECK_PATH}?${query}` : FOERDER_CHECK_PATH;
}

/** The query as it arrived, to compare with the canonical one (a difference redirects). */
export function rawQuery(raw: Raw): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params.toString();
}

/** The step before `step` for "Zurück", or null on the first. */
export function previousStep(answers: Answers, step: StepId): StepId | null {
  const steps = stepsFor(answers);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1]! : null;
}
