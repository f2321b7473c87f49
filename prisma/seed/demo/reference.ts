import type { Db } from "@/lib/db/client";
import { organisationContacts } from "../data/organisation-contacts";
import { organisations } from "../data/organisations";
import { regions } from "../data/regions";
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
