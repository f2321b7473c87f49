// Fixtures of the open data API tests (entries under one prefix, removed afterwards).
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { UNKNOWN_CLIENT } from "@/lib/auth/client-ip";
import { bucketKey, reset } from "@/lib/rate-limit/bucket";

/** Without TRUSTED_PROXIES every test request is the same client: start each file with a fresh count. */
export const resetApiLimit = () => reset(bucketKey("api", UNKNOWN_CLIENT));

export const BASE = "http://localhost:3000";
export const get = (path: string, headers: Record<string, string> = {}) => new Request(new URL(path, BASE), { headers });
export const slugContext = (slug: string) => ({ params: Promise.resolve({ slug }) });

export async function createOrganisation(prefix: string) {
  return db.organisation.create({ data: { slug: `${prefix}-org`, name: `Testorganisation ${prefix}`, kind: "KAMMER", email: "kontakt@example.org" } });
}

export async function createProgramme(prefix: string, name: string, word: string, orgId: string, status: PublicationStatus = PublicationStatus.PUBLISHED) {
  return db.programme.create({
    data: {
      slug: `${prefix}-${name}`,
      title: `Programm ${name} ${word}`,
      summary: `Kurz ${name}`,
      description: "<p>Beschreibung</p>",
      fundingBodyId: orgId,
      level: "LAND",
      fundingTypes: ["ZUSCHUSS"],
      targetGroups: ["KMU"],
      sourceUrl: "https://example.org/programm",
      status,
      publishedAt: status === PublicationStatus.PUBLISHED ? new Date() : null,
    },
  });
}

export async function createAdvisor(prefix: string, word: string, orgId: string, email: string | null) {
  return db.advisor.create({
    data: {
      slug: `${prefix}-advisor`,
      kind: "PERSON",
      name: `Beraterin ${word}`,
      summary: "Berät",
      organisationId: orgId,
      languages: ["de"],
      consultationModes: ["TELEFON"],
      email,
      phone: null,
      status: PublicationStatus.PUBLISHED,
      publishedAt: new Date(),
    },
  });
}

export async function createProvider(prefix: string, word: string) {
  const region = await db.region.findFirstOrThrow({ where: { kind: "KREIS" } });
  return db.provider.create({
    data: {
      slug: `${prefix}-provider`,
      name: `Dienstleister ${word}`,
      summary: "Macht Websites",
      description: "<p>Beschreibung</p>",
      services: ["WEBSITE_SHOP"],
      industries: [],
      certifications: [],
      size: "SMALL",
      town: "Trier",
      regionId: region.id,
      email: "info@example.org",
      status: PublicationStatus.PUBLISHED,
      publishedAt: new Date(),
    },
  });
}

export async function removeFixtures(prefix: string) {
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.advisor.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
}
