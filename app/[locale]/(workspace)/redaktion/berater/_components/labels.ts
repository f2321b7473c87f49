import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { contentLabelTexts } from "@/lib/content/field-label-tables";
import type { getAdvisorEditorOptions } from "@/lib/advisor/editor-queries";
import { ADVISOR_CONSULTATION_MODES, ADVISOR_KINDS } from "@/lib/advisor/schema";
import { PublicationStatus } from "@/lib/db/enums";

/** Field name → visible label (form, error summary, conflict table, history): lib/advisor/field-labels.ts. */
export async function advisorFieldLabels(): Promise<Record<string, string>> {
  return contentLabelTexts(await getMessages(), "advisor");
}

/** Stored values → names for the history: slugs of linked entries and enum values as labels. */
export async function advisorValueLabels(options: Awaited<ReturnType<typeof getAdvisorEditorOptions>>) {
  const [tf, ts] = await Promise.all([getTranslations("facets"), getTranslations("editor.status")]);
  const bySlug = (list: { slug: string; name?: string; title?: string }[]) => Object.fromEntries(list.map((o) => [o.slug, o.name ?? o.title ?? o.slug]));
  return {
    organisation: bySlug(options.organisations),
    topics: bySlug(options.topics),
    regions: bySlug(options.regions),
    programmes: bySlug(options.programmes),
    kind: Object.fromEntries(ADVISOR_KINDS.map((k) => [k, tf(`advisorKind.${k}`)])),
    consultationModes: Object.fromEntries(ADVISOR_CONSULTATION_MODES.map((m) => [m, tf(`consultationMode.${m}`)])),
    status: Object.fromEntries(Object.values(PublicationStatus).map((s) => [s, ts(s)])),
  };
}
