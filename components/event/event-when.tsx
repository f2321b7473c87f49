import "server-only";
import { getTranslations } from "next-intl/server";
import type { TextPart } from "@/components/cards/card-view";
import { eventWhenParts } from "@/lib/event/format";
import { pageLocale } from "@/lib/i18n/href";

/** "Di., 15. Dezember 2026, 14:00–16:00 Uhr" in Berlin time, with the start instant for <time>. */
export async function eventWhen(startsAt: string, endsAt: string): Promise<TextPart & { time: string }> {
  const [t, locale] = await Promise.all([getTranslations("events.when"), pageLocale()]);
  const { kind, ...parts } = eventWhenParts(startsAt, endsAt, locale);
  return { text: t(kind, parts), time: startsAt };
}

export async function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const when = await eventWhen(startsAt, endsAt);
  return <time dateTime={when.time}>{when.text}</time>;
}
