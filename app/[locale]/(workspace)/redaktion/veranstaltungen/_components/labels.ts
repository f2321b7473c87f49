import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { contentLabelTexts } from "@/lib/content/field-label-tables";
import { PublicationStatus } from "@/lib/db/enums";
import type { getEventEditorOptions } from "@/lib/event/editor-queries";
import { EVENT_FORMATS, EVENT_TARGET_GROUPS } from "@/lib/event/schema";

/** Field name → visible label (form, error summary, conflict table, history): lib/event/field-labels.ts. */
export async function eventFieldLabels(): Promise<Record<string, string>> {
  return contentLabelTexts(await getMessages(), "event");
}

/** Stored values → names for the history: slugs of linked entries and enum values as labels. */
export async function eventValueLabels(options: Awaited<ReturnType<typeof getEventEditorOptions>>) {
  const [tf, ts] = await Promise.all([getTranslations("facets"), getTranslations("editor.status")]);
  const bySlug = (list: { slug: string; name: string }[]) => Object.fromEntries(list.map((o) => [o.slug, o.name]));
  return {
    organiser: bySlug(options.organisations),
    topics: bySlug(options.topics),
    regions: bySlug(options.regions),
    format: Object.fromEntries(EVENT_FORMATS.map((f) => [f, tf(`eventFormat.${f}`)])),
    targetGroups: Object.fromEntries(EVENT_TARGET_GROUPS.map((g) => [g, tf(`targetGroup.${g}`)])),
    status: Object.fromEntries(Object.values(PublicationStatus).map((s) => [s, ts(s)])),
  };
}
