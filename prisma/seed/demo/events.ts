import type { Db } from "@/lib/db/client";
import { addDays, berlinLocalToInstant } from "@/lib/dates";
import { noTranslations } from "@/lib/content/translations";
import { EVENT_TRANSLATED } from "@/lib/event/schema";
import { eventTranslations } from "../data/event-news-translations";
import { events } from "../data/events";
import type { SeedClock } from "../relative-dates";

const bySlug = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));

/** The demo events, upserted by slug; their dates move with the seed day. */
export async function seedEvents(db: Db, clock: SeedClock) {
  for (const e of events) {
    const day = addDays(clock.today, e.inDays);
    const data = {
      title: e.title,
      summary: e.summary,
      description: e.description,
      ...noTranslations(EVENT_TRANSLATED),
      ...eventTranslations[e.slug],
      organiser: { connect: { slug: e.organiser } },
      format: e.format,
      venueName: e.venueName ?? null,
      street: e.street ?? null,
      postalCode: e.postalCode ?? null,
      town: e.town ?? null,
      onlineUrl: e.onlineUrl ?? null,
      startsAt: berlinLocalToInstant(`${day}T${e.start}`),
      endsAt: berlinLocalToInstant(`${addDays(day, e.days ?? 0)}T${e.end}`),
      costs: e.costs ?? null,
      registrationUrl: e.registrationUrl ?? null,
      targetGroups: e.targetGroups,
      lastVerifiedAt: clock.instant(e.verifiedDaysAgo),
      status: "PUBLISHED" as const,
      publishedAt: clock.instant(e.verifiedDaysAgo + 10, 9),
    };
    await db.event.upsert({
      where: { slug: e.slug },
      create: { slug: e.slug, ...data, topics: { connect: bySlug(e.topics) }, regions: { connect: bySlug(e.regions) } },
      update: { ...data, topics: { set: bySlug(e.topics) }, regions: { set: bySlug(e.regions) } },
    });
  }
}
