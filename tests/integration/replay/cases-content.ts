import { advisorFormValues } from "@/lib/advisor/editor-form-values";
import { loadAdvisorState } from "@/lib/advisor/editor-state";
import { db } from "@/lib/db/client";
import { providerFormValues } from "@/lib/provider/editor-form-values";
import { loadProviderState } from "@/lib/provider/editor-state";
import { createProgramme } from "@/lib/programme/service";
import { programmeSchema } from "@/lib/programme/schema";
import * as programmeActions from "@/app/[locale]/(workspace)/redaktion/foerderprogramme/actions";
import * as advisorActions from "@/app/[locale]/(workspace)/redaktion/berater/actions";
import * as providerActions from "@/app/[locale]/(workspace)/redaktion/dienstleister/actions";
import * as initiativeActions from "@/app/[locale]/(workspace)/redaktion/initiativen/actions";
import { initiativeFormValues } from "@/lib/initiative/editor-form-values";
import { loadInitiativeState } from "@/lib/initiative/editor-state";
import { initial, type CaseTable } from "./case";
import { formDataOf } from "./harness";
import { advisorValues, initiativeValues, newAdvisor, newInitiative, newProvider, providerValues, uniqueWord } from "./fixtures";

// Programmes, advisors and providers: every editor action on a fresh entry of its own.
async function programmeValues(): Promise<Record<string, unknown>> {
  const [body, topic, region] = await Promise.all([
    db.organisation.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
    db.topic.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
    db.region.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
  ]);
  return {
    title: `Replayprogramm ${uniqueWord("r")}`,
    summary: "Zuschuss für den Replay-Test.",
    description: "Beschreibung.",
    fundingBodyId: body.id,
    level: "LAND",
    fundingTypes: ["ZUSCHUSS"],
    targetGroups: ["KMU"],
    topicIds: [topic.id],
    regionIds: [region.id],
    deadline: "2099-12-31",
    sourceUrl: "https://example.org/foerderung",
  };
}

async function newProgramme(context: { actors: { ADMIN: Parameters<typeof createProgramme>[0] } }) {
  const values = await programmeValues();
  const row = await createProgramme(context.actors.ADMIN, programmeSchema.parse(values));
  return { values, row };
}

const P = "app/[locale]/(workspace)/redaktion/foerderprogramme/actions.ts";
const A = "app/[locale]/(workspace)/redaktion/berater/actions.ts";
const D = "app/[locale]/(workspace)/redaktion/dienstleister/actions.ts";
const I = "app/[locale]/(workspace)/redaktion/initiativen/actions.ts";

export const contentCases: CaseTable = {
  [`${P}#createProgrammeAction`]: {
    expect: { kind: "permission", permission: "programme.create", changes: ["Programme", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf(await programmeValues());
      return { call: () => programmeActions.createProgrammeAction(initial, form) };
    },
  },
  [`${P}#updateProgrammeAction`]: {
    expect: { kind: "permission", permission: "programme.update", changes: ["Programme", "AuditLog"] },
    prepare: async (context) => {
      const { values, row } = await newProgramme(context);
      const form = formDataOf({ ...values, summary: "Geändert beim Replay.", id: row.id, version: row.version });
      return { call: () => programmeActions.updateProgrammeAction(initial, form), fixtureIds: [row.id] };
    },
  },
  [`${P}#transitionProgrammeAction`]: {
    expect: { kind: "permission", permission: "programme.submit", changes: ["Programme", "AuditLog"] },
    prepare: async (context) => {
      const { row } = await newProgramme(context);
      const form = formDataOf({ id: row.id, transition: "submit", version: row.version });
      return { call: () => programmeActions.transitionProgrammeAction(initial, form), fixtureIds: [row.id] };
    },
  },
  [`${P}#verifyProgrammeAction`]: {
    expect: { kind: "permission", permission: "programme.verify", changes: ["Programme", "AuditLog"] },
    prepare: async (context) => {
      const { row } = await newProgramme(context);
      await db.programme.update({ where: { id: row.id }, data: { lastVerifiedAt: new Date("2020-01-01") } });
      const form = formDataOf({ id: row.id });
      return { call: () => programmeActions.verifyProgrammeAction(initial, form), fixtureIds: [row.id] };
    },
  },

  [`${A}#createAdvisorAction`]: {
    expect: { kind: "permission", permission: "advisor.create", changes: ["Advisor", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf(advisorValues(`Replay Neuanlage ${uniqueWord("n")}`));
      return { call: () => advisorActions.createAdvisorAction(initial, form) };
    },
  },
  [`${A}#updateAdvisorAction`]: {
    expect: { kind: "permission", permission: "advisor.update", changes: ["Advisor", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newAdvisor(actors.ADMIN);
      const state = await loadAdvisorState(db, id);
      const form = formDataOf({ ...advisorFormValues(state), summary: "Geändert beim Replay." });
      return { call: () => advisorActions.updateAdvisorAction(id, initial, form), fixtureIds: [id] };
    },
  },
  [`${A}#transitionAdvisorAction`]: {
    expect: { kind: "permission", permission: "advisor.submit", changes: ["Advisor", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id, version } = await newAdvisor(actors.ADMIN);
      const form = formDataOf({ id, version, transition: "submit" });
      return { call: () => advisorActions.transitionAdvisorAction(initial, form), fixtureIds: [id] };
    },
  },
  [`${A}#verifyAdvisorAction`]: {
    expect: { kind: "permission", permission: "advisor.verify", changes: ["Advisor", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newAdvisor(actors.ADMIN);
      await db.advisor.update({ where: { id }, data: { lastVerifiedAt: new Date("2020-01-01") } });
      return { call: () => advisorActions.verifyAdvisorAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },

  [`${D}#createProviderAction`]: {
    expect: { kind: "permission", permission: "provider.create", changes: ["Provider", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf(providerValues(`Replay Neuanlage ${uniqueWord("n")}`));
      return { call: () => providerActions.createProviderAction(initial, form) };
    },
  },
  [`${D}#updateProviderAction`]: {
    expect: { kind: "permission", permission: "provider.update", changes: ["Provider", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newProvider(actors.ADMIN);
      const state = await loadProviderState(db, id);
      const form = formDataOf({ ...providerFormValues(state), summary: "Geändert beim Replay." });
      return { call: () => providerActions.updateProviderAction(id, initial, form), fixtureIds: [id] };
    },
  },
  [`${D}#transitionProviderAction`]: {
    expect: { kind: "permission", permission: "provider.submit", changes: ["Provider", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id, version } = await newProvider(actors.ADMIN);
      const form = formDataOf({ id, version, transition: "submit" });
      return { call: () => providerActions.transitionProviderAction(initial, form), fixtureIds: [id] };
    },
  },
  [`${D}#verifyProviderAction`]: {
    expect: { kind: "permission", permission: "provider.verify", changes: ["Provider", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newProvider(actors.ADMIN);
      await db.provider.update({ where: { id }, data: { lastVerifiedAt: new Date("2020-01-01") } });
      return { call: () => providerActions.verifyProviderAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },

  [`${I}#createInitiativeAction`]: {
    expect: { kind: "permission", permission: "initiative.create", changes: ["Initiative", "InitiativeMilestone", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf(initiativeValues(`Replay Neuanlage ${uniqueWord("n")}`));
      return { call: () => initiativeActions.createInitiativeAction(initial, form) };
    },
  },
  [`${I}#updateInitiativeAction`]: {
    expect: { kind: "permission", permission: "initiative.update", changes: ["Initiative", "InitiativeMilestone", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newInitiative(actors.ADMIN);
      const state = await loadInitiativeState(db, id);
      const form = formDataOf({ ...initiativeFormValues(state), "milestones.1.date": "2026-01-01", "milestones.1.title": "Neu beim Replay" });
      return { call: () => initiativeActions.updateInitiativeAction(id, initial, form), fixtureIds: [id] };
    },
  },
  [`${I}#transitionInitiativeAction`]: {
    expect: { kind: "permission", permission: "initiative.submit", changes: ["Initiative", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id, version } = await newInitiative(actors.ADMIN);
      const form = formDataOf({ id, version, transition: "submit" });
      return { call: () => initiativeActions.transitionInitiativeAction(initial, form), fixtureIds: [id] };
    },
  },
  [`${I}#verifyInitiativeAction`]: {
    expect: { kind: "permission", permission: "initiative.verify", changes: ["Initiative", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newInitiative(actors.ADMIN);
      return { call: () => initiativeActions.verifyInitiativeAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },
};
