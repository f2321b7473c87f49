import type { FormValues } from "@/lib/actions/form-state";
import { translationFormValues } from "@/lib/content/translations";
import { NEWS_TRANSLATED, type NewsInput } from "./schema";

/** Saved values as the form shows them. */
export function newsFormValues(item: (NewsInput & { slug: string | null; version?: number }) | null): FormValues {
  if (!item) return { kind: "MELDUNG" };
  return {
    title: item.title,
    slug: item.slug ?? "",
    kind: item.kind,
    summary: item.summary,
    body: item.body,
    ...translationFormValues(item, NEWS_TRANSLATED),
    newsDate: item.newsDate ?? "",
    topics: item.topics,
    roadmapPhase: item.roadmapPhase ?? "",
    programmes: item.programmes,
    initiatives: item.initiatives,
    events: item.events,
    ...(item.version !== undefined && { version: String(item.version) }),
  };
}
