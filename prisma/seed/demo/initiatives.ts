import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { noTranslations } from "@/lib/content/translations";
import { INITIATIVE_TRANSLATED } from "@/lib/initiative/schema";
import { initiatives } from "../data/initiatives";
import type { SeedClock } from "../relative-dates";

// Child rows have no natural key, so they get stable cuid-shaped ids from slug and position
// (as provider references do): a second run leaves every row and id as it was.
const MAX_SEED_ROWS = 10;
const childId = (kind: string, slug: string, index: number) => `c${createHash("sha256").update(`${kind}:${slug}#${index}`).digest("hex").slice(0, 24)}`;
const bySlug = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));

export async function seedInitiatives(db: Db, clock: SeedClock) {
  for (const i of initiatives) {
    const status = i.status ?? "PUBLISHED";
    const data = {
      title: i.title,
      summary: i.summary,
      description: i.description,
      ...noTranslations(INITIATIVE_TRANSLATED),
      phase: i.phase,
      outcomes: i.outcomes ?? null,
      responsibleBody: { connect: { slug: i.responsibleBody } },
      lastVerifiedAt: clock.instant(i.verifiedDaysAgo),
      status,
      publishedAt: status === "PUBLISHED" ? clock.instant(i.verifiedDaysAgo + 30, 9) : null,
    };
    const links = { regions: bySlug(i.regions), topics: bySlug(i.topics), programmes: bySlug(i.programmes ?? []) };
    const row = await db.initiative.upsert({
      where: { slug: i.slug },
      create: { slug: i.slug, ...data, regions: { connect: links.regions }, topics: { connect: links.topics }, programmes: { connect: links.programmes } },
      update: { ...data, regions: { set: links.regions }, topics: { set: links.topics }, programmes: { set: links.programmes } },
      select: { id: true },
    });
    for (const [index, m] of i.milestones.entries()) {
      const id = childId("milestone", i.slug, index);
      const fields = { date: new Date(`${m.date}T00:00:00Z`), title: m.title, description: m.description ?? null, roadmapPhase: m.roadmapPhase ?? null, sortOrder: index };
      await db.initiativeMilestone.upsert({ where: { id }, create: { id, initiativeId: row.id, ...fields }, update: fields });
    }
    for (const [index, s] of i.sourceLinks.entries()) {
      const id = childId("source", i.slug, index);
      const fields = { label: s.label, url: s.url, sortOrder: index };
      await db.initiativeSourceLink.upsert({ where: { id }, create: { id, initiativeId: row.id, ...fields }, update: fields });
    }
    // Rows the data no longer lists go; rows editors added keep other ids.
    const stale = (kind: string, from: number) => Array.from({ length: MAX_SEED_ROWS - from }, (_, k) => childId(kind, i.slug, from + k));
    await db.initiativeMilestone.deleteMany({ where: { id: { in: stale("milestone", i.milestones.length) } } });
    await db.initiativeSourceLink.deleteMany({ where: { id: { in: stale("source", i.sourceLinks.length) } } });
  }
}
