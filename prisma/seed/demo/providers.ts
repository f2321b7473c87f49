import { createHash } from "node:crypto";
import { noTranslations } from "@/lib/content/translations";
import type { Db } from "@/lib/db/client";
import { PROVIDER_TRANSLATED } from "@/lib/provider/schema";
import { providerTranslations } from "../data/directory-translations";
import { providers } from "../data/providers";
import { townOrThrow } from "../data/towns";
import type { ProviderSeed } from "../data/types";
import type { SeedClock } from "../relative-dates";
import { providerSlug } from "./slugs";

/** Seed references have no natural key, so they get stable cuid-shaped ids derived from slug and position. */
export const MAX_SEED_REFERENCES = 5;
export function seedReferenceId(providerSlug: string, index: number): string {
  return `c${createHash("sha256").update(`${providerSlug}#${index}`).digest("hex").slice(0, 24)}`;
}

export async function seedProviders(db: Db, clock: SeedClock) {
  for (const p of providers) await upsertProvider(db, clock, p);
}

async function upsertProvider(db: Db, clock: SeedClock, p: ProviderSeed) {
  const slug = providerSlug(p);
  const town = townOrThrow(p.town);
  const status = p.status ?? "PUBLISHED";
  const data = {
    name: p.name,
    summary: p.summary,
    description: p.description,
    ...noTranslations(PROVIDER_TRANSLATED),
    ...providerTranslations[slug],
    services: p.services,
    industries: p.industries,
    certifications: p.certifications,
    size: p.size,
    foundedYear: p.foundedYear ?? null,
    street: p.street,
    postalCode: town.postalCode,
    town: p.town,
    region: { connect: { slug: town.region } },
    email: `kontakt@${p.domain}.example`,
    phone: `+49 ${town.areaCode} 0000-${p.phoneExtension}`,
    website: `https://${p.domain}.example`,
    lastVerifiedAt: clock.instant(p.verifiedDaysAgo),
    status,
    publishedAt: status === "PUBLISHED" ? clock.instant(p.verifiedDaysAgo + 30, 9) : null,
  };
  const provider = await db.provider.upsert({
    where: { slug },
    create: { slug, ...data },
    update: data,
    select: { id: true },
  });
  for (const [index, ref] of p.references.entries()) {
    const id = seedReferenceId(slug, index);
    const refData = {
      title: ref.title,
      client: ref.client ?? null,
      description: ref.description,
      year: ref.year ?? null,
      sortOrder: index,
    };
    await db.providerReference.upsert({
      where: { id },
      create: { id, providerId: provider.id, ...refData },
      update: { providerId: provider.id, ...refData },
    });
  }
  // Remove seed references the data no longer lists; references added by editors keep other ids.
  const stale = [];
  for (let i = p.references.length; i < MAX_SEED_REFERENCES; i++) stale.push(seedReferenceId(slug, i));
  await db.providerReference.deleteMany({ where: { id: { in: stale } } });
}
