import type { Db } from "@/lib/db/client";
import { organisationContacts } from "../data/organisation-contacts";
import { organisations } from "../data/organisations";
import { regions } from "../data/regions";
import { serviceTopics } from "../data/service-topics";
import { topics } from "../data/topics";

// Upserts run one after another: the time goes into the client, not the database (parallel runs
// were no faster), and the demo's embedded PGlite shares one session between all connections.

/** Regions, topics and organisations: the facets and bodies everything else points to. */
export async function seedReferenceData(db: Db) {
  for (const { slug, ...data } of regions) {
    await db.region.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }
  for (const { slug, ...data } of topics) {
    await db.topic.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }
  await seedServiceTopics(db);
  for (const { slug, ...rest } of organisations) {
    const contact = organisationContacts[slug];
    const data = {
      ...rest,
      shortName: rest.shortName ?? null,
      website: rest.website ?? null,
      email: contact?.email ?? null,
      phone: contact?.phone ?? null,
      contactUrl: contact?.contactUrl ?? null,
    };
    await db.organisation.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }
}

/**
 * The Leistung ↔ Themenfeld defaults, written only into rows no editor has saved yet (version 1):
 * the mapping is the editors' table, and a seed run must not undo their work.
 */
async function seedServiceTopics(db: Db) {
  for (const [service, slugs] of Object.entries(serviceTopics) as [keyof typeof serviceTopics, string[]][]) {
    const topics = slugs.map((slug) => ({ slug }));
    const row = await db.serviceTopicMapping.findUnique({ where: { service }, select: { version: true } });
    if (!row) await db.serviceTopicMapping.create({ data: { service, topics: { connect: topics } } });
    else if (row.version === 1) await db.serviceTopicMapping.update({ where: { service }, data: { topics: { set: topics } } });
  }
}
