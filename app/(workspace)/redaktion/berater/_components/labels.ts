import "server-only";
import { getTranslations } from "next-intl/server";
import type { getAdvisorEditorOptions } from "@/lib/advisor/editor-queries";
import { ADVISOR_CONSULTATION_MODES, ADVISOR_FIELDS, ADVISOR_KINDS } from "@/lib/advisor/schema";
import { PublicationStatus } from "@/lib/db/enums";

/** Field name → visible label, for the form, the error summary, the conflict table and the history. */
export async function advisorFieldLabels(): Promise<Record<string, string>> {
  const [t, ts] = await Promise.all([getTranslations("directoryEditor.advisors.form.fields"), getTranslations("editor")]);
  return {
    ...Object.fromEntries(ADVISOR_FIELDS.map((field) => [field, t(field)])),
    status: ts("status.label"),
    lastVerifiedAt: ts("workflow.lastVerified"),
    publishedAt: ts("workflow.publishedAt"),
  };
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
