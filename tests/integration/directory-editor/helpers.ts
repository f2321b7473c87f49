import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { advisorInput, type AdvisorInput } from "@/lib/advisor/schema";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { providerInput, type ProviderInput } from "@/lib/provider/schema";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchDocType } from "@/lib/search/types";

/** An actor made from a seeded user, as getActor() would build it. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true },
  });
  return user;
}

export const EDITOR = "redaktion@regiontrier.example";
export const ADVISOR = "berater@regiontrier.example";
export const PROVIDER = "dienstleister@regiontrier.example";

export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

export const auditRows = (entityType: string, entityId: string) =>
  db.auditLog.findMany({ where: { entityType, entityId }, orderBy: { createdAt: "asc" } });

export const auditCount = () => db.auditLog.count();

/** Slugs the committed search index finds for a text, restricted to one type. */
export async function searchSlugs(type: SearchDocType, text: string): Promise<string[]> {
  const result = await createPostgresEngine(db).search({
    text,
    types: [type],
    filters: {},
    statuses: [],
    sort: "relevance",
    page: 1,
    pageSize: 50,
    facets: [],
    today: new Date().toISOString().slice(0, 10),
  });
  return result.hits.map((hit) => hit.slug);
}

/**
 * A made-up word (letters only, so the search tokenizer keeps it whole) unique to this run. Random,
 * so two words share no trigrams beyond the prefix: publishing refuses look-alike titles.
 */
export function uniqueWord(prefix: string): string {
  return `${prefix}${Array.from(randomBytes(10), (byte) => "abcdefghijklmnopqrstuvwxyz"[byte % 26]).join("")}`;
}

/** A valid advisor form for `name` (no programmes unless `extra` names some), parsed like the form's post. */
export const advisorFormInput = (name: string, extra: Record<string, unknown> = {}): AdvisorInput =>
  advisorInput.parse({
    kind: "PERSON",
    name,
    jobTitle: "Digitalisierungsberaterin",
    summary: `Berät Handwerksbetriebe zur ${name}`,
    organisation: "ihk-trier",
    topics: ["digitaler-wandel-wirtschaft"],
    regions: ["stadt-trier", "trier-saarburg"],
    languages: "de, FR",
    consultationModes: ["TELEFON", "VIDEO"],
    email: "beratung@example.org",
    postalCode: "54290",
    town: "Trier",
    ...extra,
  });

/** A valid provider form for `name`, complete for publishing, parsed like the form's post. */
export const providerFormInput = (name: string, extra: Record<string, unknown> = {}): ProviderInput =>
  providerInput.parse({
    name,
    summary: `Webseiten und Shops für ${name}`,
    description: "<p>Wir bauen barrierefreie Webseiten.</p>",
    services: ["WEBSITE_SHOP", "ONLINE_MARKETING"],
    industries: ["HANDWERK"],
    certifications: "ISO 27001\nBSI IT-Grundschutz",
    size: "SMALL",
    foundedYear: "2012",
    town: "Wittlich",
    region: "bernkastel-wittlich",
    // Its own web address and a contact: complete for publishing, no look-alike of other test entries.
    website: `https://${name.toLowerCase().replace(/[^a-z]/g, "")}.example.org`,
    email: "kontakt@example.org",
    references: [{ title: "Shop für eine Bäckerei", client: "Bäckerei Klein", description: "Onlineshop mit Abholung", year: "2024" }],
    ...extra,
  });
