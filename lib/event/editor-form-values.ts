import type { FormValues } from "@/lib/actions/form-state";
import { translationFormValues } from "@/lib/content/translations";
import { EVENT_TRANSLATED, type EventInput } from "./schema";

/** Saved values as the form shows them: lists stay lists, empty values become "". */
export function eventFormValues(event: (EventInput & { slug: string | null; version?: number }) | null): FormValues {
  // A new entry chooses its format: no preset that would be saved unnoticed (issue 14, item 7).
  if (!event) return { format: "" };
  return {
    title: event.title,
    slug: event.slug ?? "",
    summary: event.summary,
    description: event.description,
    ...translationFormValues(event, EVENT_TRANSLATED),
    organiser: event.organiser,
    format: event.format,
    venueName: event.venueName ?? "",
    street: event.street ?? "",
    postalCode: event.postalCode ?? "",
    town: event.town ?? "",
    onlineUrl: event.onlineUrl ?? "",
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    costs: event.costs ?? "",
    registrationUrl: event.registrationUrl ?? "",
    targetGroups: event.targetGroups,
    topics: event.topics,
    regions: event.regions,
    ...(event.version !== undefined && { version: String(event.version) }),
  };
}
