import { getTranslations } from "next-intl/server";
import { eventWhenParts } from "@/lib/event/format";
import { pageLocale } from "@/lib/i18n/href";

/** "Di., 15. Dezember 2026, 14:00–16:00 Uhr" in Berlin time, as a <time> with the start instant. */
export async function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const [t, locale] = await Promise.all([getTranslations("events.when"), pageLocale()]);
  const { kind, ...parts } = eventWhenParts(startsAt, endsAt, locale);
  return <time dateTime={startsAt}>{t(kind, parts)}</time>;
}
