import type { Db } from "@/lib/db/client";
import { programmes } from "../data/programmes";
import type { SeedClock } from "../relative-dates";
import { programmeSlug } from "./slugs";

const bySlug = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));

export async function seedProgrammes(db: Db, clock: SeedClock) {
  for (const p of programmes) {
    const slug = programmeSlug(p);
    const status = p.status ?? "PUBLISHED";
    const { start, deadline } = p.schedule;
    const data = {
      title: p.title,
      summary: p.summary,
      description: p.description,
      eligibility: p.eligibility,
      howToApply: p.howToApply,
      fundingBody: { connect: { slug: p.fundingBody } },
      level: p.level,
      fundingTypes: p.fundingTypes,
      targetGroups: p.targetGroups,
      amountText: p.amountText,
      amountMin: p.amountMin ?? null,
      amountMax: p.amountMax ?? null,
      applicationStart: start === null ? null : clock.day(start),
      deadline: deadline === null ? null : clock.day(deadline),
      sourceUrl: p.sourceUrl,
      lastVerifiedAt: clock.instant(p.verifiedDaysAgo),
      status,
      publishedAt: status === "PUBLISHED" ? clock.instant(p.verifiedDaysAgo + 30, 9) : null,
    };
    const relations = { topics: bySlug(p.topics), regions: bySlug(p.regions), advisors: bySlug(p.advisors) };
    await db.programme.upsert({
      where: { slug },
      create: {
        slug,
        ...data,
        topics: { connect: relations.topics },
        regions: { connect: relations.regions },
        advisors: { connect: relations.advisors },
      },
      update: {
        ...data,
        topics: { set: relations.topics },
        regions: { set: relations.regions },
        advisors: { set: relations.advisors },
      },
    });
  }
}
