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

const HOUR = 3_600_000;

/** An event `startsInHours` from now (negative: already over), two hours long, in the first Kreis. */
export async function createEvent(prefix: string, name: string, word: string, orgId: string, startsInHours: number, status: PublicationStatus = PublicationStatus.PUBLISHED) {
  const region = await db.region.findFirstOrThrow({ where: { kind: "KREIS" }, orderBy: { sortOrder: "asc" } });
  const startsAt = new Date(Date.now() + startsInHours * HOUR);
  return db.event.create({
    data: {
      slug: `${prefix}-${name}`,
      title: `Veranstaltung ${name} ${word}`,
      summary: `Kurz ${name}`,
      description: "<p>Beschreibung</p>",
      organiserId: orgId,
      format: "HYBRID",
      venueName: "Tufa",
      town: "Trier",
      onlineUrl: "https://meet.example.org/raum",
      registrationUrl: "https://example.org/anmeldung",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      costs: "kostenfrei",
      targetGroups: ["KMU"],
      regions: { connect: { id: region.id } },
      status,
      publishedAt: status === PublicationStatus.PUBLISHED ? new Date() : null,
    },
  });
}

export async function createInitiative(prefix: string, name: string, word: string, orgId: string, phase: "GEPLANT" | "PILOT" | "UMSETZUNG" | "ABGESCHLOSSEN" = "PILOT") {
  return db.initiative.create({
    data: {
      slug: `${prefix}-${name}`,
      title: `Initiative ${name} ${word}`,
      summary: `Kurz ${name}`,
      description: "<p>Beschreibung</p>",
      responsibleBodyId: orgId,
      phase,
      milestones: { create: [{ date: new Date("2026-03-01"), title: "Start", roadmapPhase: "PILOTIERUNG", sortOrder: 0 }] },
      sourceLinks: { create: [{ label: "Quelle", url: "https://example.org/quelle", sortOrder: 0 }] },
      status: PublicationStatus.PUBLISHED,
      publishedAt: new Date(),
    },
  });
}

export async function removeFixtures(prefix: string) {
  await db.event.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.initiative.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.advisor.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.provider.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
}
