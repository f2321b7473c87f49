import type { FormValues } from "@/lib/actions/form-state";
import { translationFormValues } from "@/lib/content/translations";
import { INITIATIVE_TRANSLATED, type InitiativeInput } from "./schema";

/** Saved values as the form shows them; each milestone and source link as flat "<list>.<n>.<field>" fields. */
export function initiativeFormValues(initiative: (InitiativeInput & { slug: string | null; version?: number }) | null): FormValues {
  if (!initiative) return { phase: "" };
  const values: FormValues = {
    title: initiative.title,
    slug: initiative.slug ?? "",
    summary: initiative.summary,
    description: initiative.description,
    ...translationFormValues(initiative, INITIATIVE_TRANSLATED),
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
