import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { contentLabelTexts } from "@/lib/content/field-label-tables";
import { PublicationStatus, RoadmapPhase } from "@/lib/db/enums";
import type { getNewsEditorOptions } from "@/lib/news/editor-queries";
import { NEWS_KINDS } from "@/lib/news/schema";

/** Field name → visible label (form, error summary, conflict table, history). */
export async function newsFieldLabels(): Promise<Record<string, string>> {
  return contentLabelTexts(await getMessages(), "news");
}

/** Stored values → names for the history: slugs of linked entries and enum values as labels. */
export async function newsValueLabels(options: Awaited<ReturnType<typeof getNewsEditorOptions>>) {
  const [tf, ts] = await Promise.all([getTranslations("facets"), getTranslations("editor.status")]);
  const bySlug = (list: { slug: string; name?: string; title?: string }[]) => Object.fromEntries(list.map((o) => [o.slug, o.name ?? o.title ?? o.slug]));
  return {
    topics: bySlug(options.topics),
    programmes: bySlug(options.programmes),
    initiatives: bySlug(options.initiatives),
    events: bySlug(options.events),
    kind: Object.fromEntries(NEWS_KINDS.map((k) => [k, tf(`newsKind.${k}`)])),
    roadmapPhase: Object.fromEntries(Object.values(RoadmapPhase).map((p) => [p, tf(`roadmapPhase.${p}`)])),
    status: Object.fromEntries(Object.values(PublicationStatus).map((s) => [s, ts(s)])),
  };
}
