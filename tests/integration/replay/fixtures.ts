import { randomUUID } from "node:crypto";
import { advisorInput } from "@/lib/advisor/schema";
import { createAdvisor } from "@/lib/advisor/service";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { providerInput } from "@/lib/provider/schema";
import { createInitiative } from "@/lib/initiative/service";
import { initiativeFormToInput, initiativeInput } from "@/lib/initiative/schema";
import { createProvider } from "@/lib/provider/service";

// Accounts and entries of this test alone (unique names, cheap bcrypt), so replays never touch
// the demo logins or the entries other test files pick.
export const PASSWORD = "Replay-Passwort-2026";
export const ROLES: Role[] = ["ADMIN", "EDITOR", "ADVISOR", "PROVIDER"];

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;
/** Letters only: the search tokenizer keeps the word whole. */
export const uniqueWord = (prefix: string) => `${prefix}${randomUUID().replace(/[^a-f]/g, "").slice(0, 10)}`;
export const uniqueEmail = (prefix: string) => `${unique(prefix)}@example.org`.toLowerCase();

const ACTOR_SELECT = { id: true, role: true, name: true, email: true, advisorId: true, providerId: true } as const;

export async function createAccount(role: Role, link: { advisorId?: string; providerId?: string } = {}): Promise<Actor> {
  return db.user.create({
    data: { email: uniqueEmail(`replay-${role.toLowerCase()}`), name: `Replay ${role}`, role, passwordHash: await hashPassword(PASSWORD, 4), ...link },
    select: ACTOR_SELECT,
  });
}

export const advisorValues = (name: string): Record<string, unknown> => ({
  kind: "PERSON",
  name,
  jobTitle: "Digitalisierungsberaterin",
  summary: `Berät Betriebe: ${name}`,
  organisation: "ihk-trier",
  topics: ["digitaler-wandel-wirtschaft"],
  regions: ["stadt-trier"],
  languages: "de",
  consultationModes: ["TELEFON"],
  email: "beratung@example.org",
  postalCode: "54290",
  town: "Trier",
});

export const providerValues = (name: string): Record<string, unknown> => ({
  name,
  summary: `Webseiten und Apps: ${name}`,
  description: "Wir bauen Webseiten.",
  services: ["WEBSITE_SHOP"],
  industries: ["HANDWERK"],
  certifications: "",
  size: "SMALL",
  town: "Trier",
  region: "stadt-trier",
  email: "kontakt@example.org",
  "references.0.title": "Webshop",
  "references.0.description": "Ein Webshop für eine Bäckerei.",
  "references.0.year": "2024",
});

export async function newAdvisor(admin: Actor) {
  return createAdvisor(admin, advisorInput.parse(advisorValues(`Replay Beratung ${uniqueWord("a")}`)));
}

export async function newProvider(admin: Actor) {
  const values = providerValues(`Replay Dienstleister ${uniqueWord("p")}`);
  return createProvider(admin, providerInput.parse({ ...values, references: [{ title: "Webshop", description: "Ein Webshop.", year: "2024" }] }));
}

/** One account per role; the advisor and provider accounts own an entry of their own. */
export async function createRoleActors(): Promise<Record<Role, Actor>> {
  const admin = await createAccount("ADMIN");
  const editor = await createAccount("EDITOR");
  const advisor = await createAccount("ADVISOR", { advisorId: (await newAdvisor(admin)).id });
  const provider = await createAccount("PROVIDER", { providerId: (await newProvider(admin)).id });
  return { ADMIN: admin, EDITOR: editor, ADVISOR: advisor, PROVIDER: provider };
}

export const initiativeValues = (title: string): Record<string, unknown> => ({
  title,
  summary: `Kurz erklärt: ${title}`,
  description: "<p>Was die Initiative tut.</p>",
  responsibleBody: "ihk-trier",
  regions: ["stadt-trier"],
  topics: ["digitale-verwaltung"],
  phase: "PILOT",
  "milestones.0.date": "2025-03-01",
  "milestones.0.title": "Auftakt",
  "milestones.0.roadmapPhase": "PILOTIERUNG",
  "sourceLinks.0.label": "Quelle",
  "sourceLinks.0.url": "https://example.org",
});

export async function newInitiative(admin: Actor) {
  return createInitiative(admin, initiativeInput.parse(initiativeFormToInput(initiativeValues(`Replay Initiative ${uniqueWord("i")}`) as Record<string, string>)));
}
