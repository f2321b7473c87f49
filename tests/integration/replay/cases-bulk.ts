import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { createProgramme } from "@/lib/programme/service";
import { programmeSchema } from "@/lib/programme/schema";
import * as programmeBulk from "@/app/[locale]/(workspace)/redaktion/foerderprogramme/bulk-actions";
import * as advisorBulk from "@/app/[locale]/(workspace)/redaktion/berater/bulk-actions";
import * as providerBulk from "@/app/[locale]/(workspace)/redaktion/dienstleister/bulk-actions";
import * as initiativeBulk from "@/app/[locale]/(workspace)/redaktion/initiativen/bulk-actions";
import { initial, type CaseTable } from "./case";
import { formDataOf } from "./harness";
import { newAdvisor, newInitiative, newProvider } from "./fixtures";
import { distinctSourceUrl, distinctTitle } from "../programme-editor/helpers";

// The bulk forms of the editor lists (issue 13, item 3): a role without the step's permission is
// refused as a whole, with one refusal in the security log; an editor's run changes the entries.
const P = "app/[locale]/(workspace)/redaktion/foerderprogramme/bulk-actions.ts";
const A = "app/[locale]/(workspace)/redaktion/berater/bulk-actions.ts";
const D = "app/[locale]/(workspace)/redaktion/dienstleister/bulk-actions.ts";
const I = "app/[locale]/(workspace)/redaktion/initiativen/bulk-actions.ts";

const bulkForm = (bulkAction: string, rows: { id: string; version: number }[]) =>
  formDataOf({ bulkAction, scope: "selected", filters: "", entries: rows.map((row) => `${row.id}:${row.version}`) });

export const bulkCases: CaseTable = {
  [`${P}#bulkProgrammeAction`]: {
    expect: { kind: "permission", permission: "programme.publish", changes: ["Programme", "AuditLog"] },
    prepare: async ({ actors }) => {
      const [body, topic, region] = await Promise.all([
        db.organisation.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
        db.topic.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
        db.region.findFirstOrThrow({ select: { id: true }, orderBy: { slug: "asc" } }),
      ]);
      // Complete for publishing; two entries that do not look alike (bulk publishing skips look-alikes).
      const values = {
        title: distinctTitle(),
        summary: "Zuschuss für den Replay-Test.",
        description: "Beschreibung.",
        fundingBodyId: body.id,
        level: "LAND",
        fundingTypes: ["ZUSCHUSS"],
        targetGroups: ["KMU"],
        topicIds: [topic.id],
        regionIds: [region.id],
        amountText: "kostenfrei",
        eligibility: "Kleine und mittlere Unternehmen.",
        howToApply: "Online-Antrag.",
        sourceUrl: distinctSourceUrl(),
      };
      const twin = { ...values, title: distinctTitle(), sourceUrl: distinctSourceUrl() };
      const rows = [await createProgramme(actors.ADMIN, programmeSchema.parse(values)), await createProgramme(actors.ADMIN, programmeSchema.parse(twin))];
      const form = bulkForm("publish", rows);
      return {
        call: () => programmeBulk.bulkProgrammeAction(initial, form),
        fixtureIds: rows.map((row) => row.id),
        check: async () => {
          const after = await db.programme.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: { status: true } });
          expect(after.map((row) => row.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
        },
      };
    },
  },
  [`${A}#bulkAdvisorAction`]: {
    expect: { kind: "permission", permission: "advisor.submit", changes: ["Advisor", "AuditLog"] },
    prepare: async ({ actors }) => {
      const row = await newAdvisor(actors.ADMIN);
      return { call: () => advisorBulk.bulkAdvisorAction(initial, bulkForm("submit", [row])), fixtureIds: [row.id] };
    },
  },
  [`${D}#bulkProviderAction`]: {
    expect: { kind: "permission", permission: "provider.archive", changes: ["Provider", "AuditLog"] },
    prepare: async ({ actors }) => {
      const row = await newProvider(actors.ADMIN);
      return { call: () => providerBulk.bulkProviderAction(initial, bulkForm("archive", [row])), fixtureIds: [row.id] };
    },
  },
  [`${I}#bulkInitiativeAction`]: {
    expect: { kind: "permission", permission: "initiative.submit", changes: ["Initiative", "AuditLog"] },
    prepare: async ({ actors }) => {
      const row = await newInitiative(actors.ADMIN);
      return { call: () => initiativeBulk.bulkInitiativeAction(initial, bulkForm("submit", [row])), fixtureIds: [row.id] };
    },
  },
};
