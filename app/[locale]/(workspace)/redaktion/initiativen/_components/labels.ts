import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { contentLabelTexts } from "@/lib/content/field-label-tables";
import { PublicationStatus } from "@/lib/db/enums";
import type { getInitiativeEditorOptions } from "@/lib/initiative/editor-queries";
import { INITIATIVE_PHASES, MAX_MILESTONES, MAX_SOURCE_LINKS } from "@/lib/initiative/schema";

const ROW_LABELS = {
  milestones: { date: "milestoneDate", title: "milestoneTitle", description: "milestoneDescription", roadmapPhase: "milestoneRoadmapPhase" },
  sourceLinks: { label: "sourceLabel", url: "sourceUrl" },
} as const;

/** Field name → visible label (form, error summary, conflict table, history), each row's fields included. */
export async function initiativeFieldLabels(): Promise<Record<string, string>> {
  const [t, messages] = await Promise.all([getTranslations("initiativeEditor.form.fields"), getMessages()]);
  const labels = contentLabelTexts(messages, "initiative");
  const rows = (list: keyof typeof ROW_LABELS, max: number) => {
    for (let index = 0; index < max; index++) {
      for (const [field, key] of Object.entries(ROW_LABELS[list])) labels[`${list}.${index}.${field}`] = t(key, { number: index + 1 });
    }
  };
  rows("milestones", MAX_MILESTONES);
  rows("sourceLinks", MAX_SOURCE_LINKS);
  return labels;
}

/** Stored values → names for the history: slugs of linked entries and enum values as labels. */
export async function initiativeValueLabels(options: Awaited<ReturnType<typeof getInitiativeEditorOptions>>) {
  const [tf, ts] = await Promise.all([getTranslations("facets"), getTranslations("editor.status")]);
  const bySlug = (list: { slug: string; name?: string; title?: string }[]) => Object.fromEntries(list.map((o) => [o.slug, o.name ?? o.title ?? o.slug]));
  return {
    responsibleBody: bySlug(options.organisations),
    regions: bySlug(options.regions),
    topics: bySlug(options.topics),
    programmes: bySlug(options.programmes),
    contactAdvisor: bySlug(options.advisors),
    phase: Object.fromEntries(INITIATIVE_PHASES.map((p) => [p, tf(`initiativePhase.${p}`)])),
    status: Object.fromEntries(Object.values(PublicationStatus).map((s) => [s, ts(s)])),
  };
}
