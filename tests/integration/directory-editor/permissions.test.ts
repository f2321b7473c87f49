import { beforeAll, describe, expect, it } from "vitest";
import { advisorInput } from "@/lib/advisor/schema";
import * as advisors from "@/lib/advisor/service";
import { TRANSITIONS } from "@/lib/content/workflow";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { providerInput } from "@/lib/provider/schema";
import * as providers from "@/lib/provider/service";
import { actorFor, ADVISOR, expectAppError, PROVIDER } from "./helpers";

// Advisors and providers may change their own entries only through issue 5's revision flow, never
// through the editor services: every mutation is refused for them, their own entry included, and
// nothing is written (neither the entry nor an audit row).
const advisorForm = advisorInput.parse({
  kind: "DESK",
  name: "Unbefugte Beratungsstelle",
  summary: "Darf nicht entstehen",
  organisation: "ihk-trier",
  regions: ["stadt-trier"],
});
const providerForm = providerInput.parse({
  name: "Unbefugte GmbH",
  summary: "Darf nicht entstehen",
  description: "<p>Text</p>",
  services: ["SOFTWARE"],
  size: "SMALL",
  town: "Trier",
  region: "stadt-trier",
});

const snapshot = async () => ({
  audit: await db.auditLog.count(),
  advisors: await db.advisor.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, status: true, name: true, lastVerifiedAt: true } }),
  providers: await db.provider.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, status: true, name: true, lastVerifiedAt: true } }),
});

for (const [role, email] of [
  ["ADVISOR", ADVISOR],
  ["PROVIDER", PROVIDER],
] as const) {
  describe(`every directory mutation is refused for a ${role} account`, () => {
    let actor: Actor;
    let advisorId: string;
    let providerId: string;
    beforeAll(async () => {
      actor = await actorFor(email);
      // Their own entry where they have one: the editor services must refuse that too.
      advisorId = actor.advisorId ?? (await db.advisor.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id;
      providerId = actor.providerId ?? (await db.provider.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id;
    });

    const mutations: [string, () => Promise<unknown>][] = [
      ["createAdvisor", () => advisors.createAdvisor(actor, advisorForm)],
      ["updateAdvisor", () => advisors.updateAdvisor(actor, advisorId, { ...advisorForm, version: 1 })],
      ["createAdvisorTx", () => db.$transaction((tx) => advisors.createAdvisorTx(tx, actor, advisorForm))],
      ["updateAdvisorTx", () => db.$transaction((tx) => advisors.updateAdvisorTx(tx, actor, advisorId, { ...advisorForm, version: 1 }))],
      ["verifyAdvisor", () => advisors.verifyAdvisor(actor, advisorId)],
      ["archiveAdvisor", () => advisors.archiveAdvisor(actor, advisorId)],
      ["restoreAdvisor", () => advisors.restoreAdvisor(actor, advisorId)],
      ...TRANSITIONS.map((name) => [`transitionAdvisor ${name}`, () => advisors.transitionAdvisor(actor, advisorId, name)] as [string, () => Promise<unknown>]),
      ["createProvider", () => providers.createProvider(actor, providerForm)],
      ["updateProvider", () => providers.updateProvider(actor, providerId, { ...providerForm, version: 1 })],
      ["createProviderTx", () => db.$transaction((tx) => providers.createProviderTx(tx, actor, providerForm))],
      ["updateProviderTx", () => db.$transaction((tx) => providers.updateProviderTx(tx, actor, providerId, { ...providerForm, version: 1 }))],
      ["verifyProvider", () => providers.verifyProvider(actor, providerId)],
      ["archiveProvider", () => providers.archiveProvider(actor, providerId)],
      ["restoreProvider", () => providers.restoreProvider(actor, providerId)],
      ...TRANSITIONS.map((name) => [`transitionProvider ${name}`, () => providers.transitionProvider(actor, providerId, name)] as [string, () => Promise<unknown>]),
    ];

    it.each(mutations)("%s → FORBIDDEN, nothing changed", async (_name, mutate) => {
      const before = await snapshot();
      await expectAppError(mutate(), "FORBIDDEN");
      expect(await snapshot()).toEqual(before);
    });
  });
}

it("a signed-out caller is UNAUTHENTICATED", async () => {
  await expectAppError(advisors.createAdvisor(null as unknown as Actor, advisorForm), "UNAUTHENTICATED");
  await expectAppError(providers.verifyProvider(null as unknown as Actor, "x"), "UNAUTHENTICATED");
});
