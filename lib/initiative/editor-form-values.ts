import type { FormValues } from "@/lib/actions/form-state";
import type { InitiativeInput } from "./schema";

/** How many empty rows the form offers below the saved ones (and adds per "Weitere Zeilen"). */
export const EMPTY_ROWS = 3;

/** Saved values as the form shows them; each milestone and source link as flat "<list>.<n>.<field>" fields. */
export function initiativeFormValues(initiative: (InitiativeInput & { slug: string | null; version?: number }) | null): FormValues {
  if (!initiative) return { phase: "" };
  const values: FormValues = {
    title: initiative.title,
    slug: initiative.slug ?? "",
    summary: initiative.summary,
    description: initiative.description,
    responsibleBody: initiative.responsibleBody,
    regions: initiative.regions,
    topics: initiative.topics,
    phase: initiative.phase,
    programmes: initiative.programmes,
    contactAdvisor: initiative.contactAdvisor ?? "",
    outcomes: initiative.outcomes ?? "",
    ...(initiative.version !== undefined && { version: String(initiative.version) }),
  };
  initiative.milestones.forEach((m, index) => {
    values[`milestones.${index}.date`] = m.date;
    values[`milestones.${index}.title`] = m.title;
    values[`milestones.${index}.description`] = m.description ?? "";
    values[`milestones.${index}.roadmapPhase`] = m.roadmapPhase ?? "";
  });
  initiative.sourceLinks.forEach((s, index) => {
    values[`sourceLinks.${index}.label`] = s.label;
    values[`sourceLinks.${index}.url`] = s.url;
  });
  return values;
}

const ROW_KEY = /^(milestones|sourceLinks)\.(\d+)\./;

/** The hidden field that carries how many rows of a list the form showed ("Weitere Zeilen" raises it). */
export const rowsField = (list: "milestones" | "sourceLinks") => `${list}Rows`;

/**
 * The number of rows of a list the form shows: the last filled row (sent or saved) plus the empty
 * ones, at least as many as it showed before (rowsField), at most `max`.
 */
export function rowCount(values: FormValues, list: "milestones" | "sourceLinks", max: number): number {
  let highest = -1;
  for (const [key, value] of Object.entries(values)) {
    const match = ROW_KEY.exec(key);
    const filled = Array.isArray(value) ? value.some((v) => v.trim() !== "") : value.trim() !== "";
    if (match && match[1] === list && filled) highest = Math.max(highest, Number(match[2]));
  }
  const asked = Number(values[rowsField(list)]);
  const count = Math.max(highest + 1 + EMPTY_ROWS, Number.isInteger(asked) ? asked : 0);
  return Math.min(count, max);
}
