import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { noTranslations } from "@/lib/content/translations";
import { PROGRAMME_TRANSLATED, type ProgrammeInput } from "@/lib/programme/schema";

export async function actorFor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true },
  });
  return user;
}

export const editorActor = () => actorFor("redaktion@regiontrier.example");
export const advisorActor = () => actorFor("berater@regiontrier.example");
export const providerActor = () => actorFor("dienstleister@regiontrier.example");

const randomLetters = (length: number) =>
  Array.from(randomBytes(length), (byte) => "abcdefghijklmnopqrstuvwxyz"[byte % 26]).join("");

/**
 * A title no other test entry resembles: publishing refuses likely duplicates (similar titles,
 * pg_trgm), so entries a test publishes must not share words.
 */
export const distinctTitle = () => `${randomLetters(9)} ${randomLetters(9)}`.replace(/^./, (c) => c.toUpperCase());

/** A source URL no other test entry has (the same URL is a likely duplicate). */
export const distinctSourceUrl = () => `https://example.org/foerderung/${randomLetters(12)}`;

/**
 * A valid, unique programme input built from seeded organisations, topics, regions and advisors;
 * complete for publishing (amount, eligibility, how to apply, a region) and like no other entry.
 */
export async function programmeInput(overrides: Partial<ProgrammeInput> = {}): Promise<ProgrammeInput> {
  const [body, topic, region, advisor] = await Promise.all([
    db.organisation.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
    db.topic.findFirstOrThrow({ select: { id: true }, orderBy: { sortOrder: "asc" } }),
    db.region.findFirstOrThrow({ select: { id: true }, orderBy: { sortOrder: "asc" } }),
    db.advisor.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true }, orderBy: { slug: "asc" } }),
  ]);
  return {
    title: distinctTitle(),
    slug: null,
    summary: "Zuschuss für den Test.",
    description: "Beschreibung des Testprogramms.",
    eligibility: "<p>Kleine und mittlere Unternehmen aus der Region.</p>",
    howToApply: "<p>Online-Antrag beim Fördergeber.</p>",
    ...noTranslations(PROGRAMME_TRANSLATED),
    fundingBodyId: body.id,
    level: "LAND",
    fundingTypes: ["ZUSCHUSS"],
    targetGroups: ["KMU"],
    topicIds: [topic.id],
    regionIds: [region.id],
    advisorIds: [advisor.id],
    amountText: "bis 10.000 Euro",
    amountMin: 1000,
    amountMax: 10000,
    maxEmployees: null,
    applyBeforeProjectStart: null,
    applicationStart: "2026-01-01",
    deadline: "2099-12-31",
    sourceUrl: distinctSourceUrl(),
    legalBasisTitle: null,
    legalBasisUrl: null,
    requiredDocuments: null,
    combinability: null,
    combinabilityNote: null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    successorIds: [],
    version: undefined,
    ...overrides,
  };
}

export const auditRows = (entityId: string) =>
  db.auditLog.findMany({ where: { entityType: "programme", entityId }, orderBy: { createdAt: "asc" } });

export async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!error || typeof error !== "object" || !("code" in error)) throw new Error(`expected AppError ${code}, got ${String(error)}`);
  if ((error as { code: string }).code !== code) throw new Error(`expected ${code}, got ${(error as { code: string }).code}`);
  return error as { code: string; message: string; details: { fieldErrors?: Record<string, string[]>; current?: unknown } };
}
