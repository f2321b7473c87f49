import { can } from "@/lib/auth/permissions";
import { inviteToProfile } from "@/lib/account/invitations";
import { db } from "@/lib/db/client";
import { validateImport } from "@/lib/import/service";
import { proposeOwnProfileChange } from "@/lib/revision/propose";
import { submitProviderSignup } from "@/lib/signup/service";
import * as organisationActions from "@/app/[locale]/(workspace)/redaktion/organisationen/actions";
import * as taxonomyActions from "@/app/[locale]/(workspace)/redaktion/themen/actions";
import * as userActions from "@/app/[locale]/(workspace)/redaktion/benutzer/actions";
import * as invitationActions from "@/app/[locale]/(workspace)/redaktion/einladungen/actions";
import * as signupReviewActions from "@/app/[locale]/(workspace)/redaktion/anmeldungen/actions";
import * as revisionActions from "@/app/[locale]/(workspace)/redaktion/pruefungen/[id]/actions";
import * as importActions from "@/app/[locale]/(workspace)/redaktion/import/actions";
import * as outboxActions from "@/app/[locale]/(workspace)/redaktion/postausgang/[id]/actions";
import * as legalNoticeActions from "@/app/[locale]/(workspace)/redaktion/impressum/actions";
import * as feedbackStatusActions from "@/app/[locale]/(workspace)/redaktion/rueckmeldungen/actions";
import * as feedbackActions from "@/app/[locale]/(public)/barrierefreiheit/actions";
import { csvFile, programmeRow, uniqueSuffix } from "../import/helpers";
import { initial, type CaseTable, type Context } from "./case";
import { formDataOf } from "./harness";
import { createAccount, newAdvisor, PASSWORD, uniqueEmail, uniqueWord } from "./fixtures";

// Organisations, topics and synonyms, accounts, invitations, sign-up and revision reviews, import.
let ipCounter = 0;
export const freshIp = () => `198.18.${process.pid % 250}.${ipCounter++ % 250}`;

async function newOrganisation() {
  return db.organisation.create({ data: { slug: `replay-${uniqueWord("o")}`, name: `Replay Organisation ${uniqueWord("o")}`, kind: "KAMMER" } });
}

export async function invitedAccount(context: Context) {
  const advisor = await newAdvisor(context.actors.ADMIN);
  const email = uniqueEmail("replay-invited");
  const { userId } = await inviteToProfile(context.actors.ADMIN, { name: "Replay Eingeladen", email, target: { advisorId: advisor.id } });
  return { userId, email };
}

export const signupValues = (name: string, email: string) => ({
  name,
  contactName: "Erika Muster",
  email,
  postalCode: "54290",
  town: "Trier",
  region: "stadt-trier",
  services: ["WEBSITE_SHOP"],
  summary: `Webseiten von ${name}`,
  description: "Wir bauen Webseiten.",
  size: "SMALL",
  consent: "ja",
});

async function pendingSignup() {
  const email = uniqueEmail("replay-signup");
  const outcome = await submitProviderSignup(signupValues(`Replay Firma ${uniqueWord("f")}`, email), freshIp());
  if (outcome.status !== "received") throw new Error("fixture sign-up refused");
  const signup = await db.providerSignup.findFirstOrThrow({ where: { email } });
  await db.providerSignup.update({ where: { id: signup.id }, data: { status: "PENDING", confirmedAt: new Date() } });
  return signup.id;
}

async function pendingRevision(context: Context) {
  const advisor = await newAdvisor(context.actors.ADMIN);
  const author = await createAccount("ADVISOR", { advisorId: advisor.id });
  const revision = await proposeOwnProfileChange(author, { summary: "Vorschlag der Beraterin.", regions: ["stadt-trier"], languages: "de" });
  return { id: revision.id, proposedAt: revision.createdAt.getTime(), version: advisor.version };
}

const O = "app/[locale]/(workspace)/redaktion/organisationen/actions.ts";
const T = "app/[locale]/(workspace)/redaktion/themen/actions.ts";
const U = "app/[locale]/(workspace)/redaktion/benutzer/actions.ts";
const I = "app/[locale]/(workspace)/redaktion/einladungen/actions.ts";
const S = "app/[locale]/(workspace)/redaktion/anmeldungen/actions.ts";
const R = "app/[locale]/(workspace)/redaktion/pruefungen/[id]/actions.ts";
const M = "app/[locale]/(workspace)/redaktion/import/actions.ts";
const P = "app/[locale]/(workspace)/redaktion/postausgang/[id]/actions.ts";
const L = "app/[locale]/(workspace)/redaktion/impressum/actions.ts";
const F = "app/[locale]/(workspace)/redaktion/rueckmeldungen/actions.ts";

/** The Impressum form as an admin would post it, at the row's current version (the first save creates it). */
async function legalNoticeForm() {
  const current = await db.legalNotice.findUnique({ where: { id: "site" }, select: { version: true } });
  return formDataOf({
    organisationName: "Initiative Region Trier",
    legalForm: "eingetragener Verein (e. V.)",
    street: "Domfreihof 1",
    postalCode: "54290",
    town: "Trier",
    representedBy: `Vorstand ${uniqueWord("v")}`,
    email: "kontakt@region-trier.example",
    phone: "+49 651 12345-0",
    registerCourt: "Amtsgericht Wittlich",
    registerNumber: "VR 12345",
    vatId: "",
    responsibleName: "Erika Muster",
    responsibleAddress: "Domfreihof 1, 54290 Trier",
    signLanguageVideoUrl: "/medien/gebaerdensprache.mp4",
    signLanguageCaptionsUrl: "/medien/gebaerdensprache.vtt",
    version: current?.version ?? 1,
  });
}

/** A mail the queue gave up on, without a single-use link: the retry button's subject. */
async function failedMail() {
  const mail = await db.mailMessage.create({
    data: { toAddress: uniqueEmail("replay-failed"), kind: "test", subject: "Replay", textBody: "Hallo", htmlBody: "<p>Hallo</p>", status: "FAILED", attempts: 9, lastError: "connect ECONNREFUSED" },
    select: { id: true },
  });
  return mail.id;
}

export const adminCases: CaseTable = {
  [`${P}#retryMailAction`]: {
    expect: { kind: "permission", permission: "mail.retry", changes: ["MailMessage", "AuditLog"] },
    prepare: async () => {
      const id = await failedMail();
      return { call: () => outboxActions.retryMailAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },
  [`${O}#createOrganisationAction`]: {
    expect: { kind: "permission", permission: "organisation.manage", changes: ["Organisation", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf({ name: `Replay Kammer ${uniqueWord("k")}`, kind: "KAMMER" });
      return { call: () => organisationActions.createOrganisationAction(initial, form) };
    },
  },
  [`${O}#updateOrganisationAction`]: {
    expect: { kind: "permission", permission: "organisation.manage", changes: ["Organisation", "AuditLog"] },
    prepare: async () => {
      const row = await newOrganisation();
      const form = formDataOf({ id: row.id, name: row.name, kind: row.kind, town: "Trier", version: row.version });
      return { call: () => organisationActions.updateOrganisationAction(initial, form), fixtureIds: [row.id] };
    },
  },
  [`${O}#deleteOrganisationAction`]: {
    expect: { kind: "permission", permission: "organisation.manage", changes: ["Organisation", "AuditLog"] },
    prepare: async () => {
      const row = await newOrganisation();
      return { call: () => organisationActions.deleteOrganisationAction(initial, formDataOf({ id: row.id })), fixtureIds: [row.id] };
    },
  },

  [`${T}#updateTopicAction`]: {
    expect: { kind: "permission", permission: "taxonomy.manage", changes: ["Topic"] },
    prepare: async () => {
      const topic = await db.topic.create({ data: { slug: `replay-${uniqueWord("t")}`, name: "Replay Thema", description: "Vorher.", sortOrder: 900 } });
      const form = formDataOf({ id: topic.id, name: topic.name, description: "Nachher.", sortOrder: "900", version: topic.version });
      return { call: () => taxonomyActions.updateTopicAction(initial, form), fixtureIds: [topic.id] };
    },
  },
  [`${T}#updateServiceTopicsAction`]: {
    expect: { kind: "permission", permission: "taxonomy.manage", changes: ["ServiceTopicMapping", "_ServiceTopics", "AuditLog"] },
    prepare: async () => {
      // Toggles one Themenfeld of one Leistung from whatever the previous replay left.
      const topic = await db.topic.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } });
      const row = await db.serviceTopicMapping.findUniqueOrThrow({ where: { service: "SCHULUNG" }, select: { version: true, topics: { select: { id: true } } } });
      const ids = row.topics.map((t) => t.id);
      const next = ids.includes(topic.id) ? ids.filter((id) => id !== topic.id) : [...ids, topic.id];
      const form = formDataOf({ "topics.SCHULUNG": ["", ...next], "version.SCHULUNG": row.version });
      return { call: () => taxonomyActions.updateServiceTopicsAction(initial, form) };
    },
  },
  [`${T}#createSynonymGroupAction`]: {
    expect: { kind: "permission", permission: "taxonomy.manage", changes: ["SynonymGroup"] },
    prepare: async () => {
      const form = formDataOf({ terms: `${uniqueWord("wort")}\n${uniqueWord("wort")}` });
      return { call: () => taxonomyActions.createSynonymGroupAction(initial, form) };
    },
  },
  [`${T}#updateSynonymGroupAction`]: {
    expect: { kind: "permission", permission: "taxonomy.manage", changes: ["SynonymGroup"] },
    prepare: async () => {
      const group = await db.synonymGroup.create({ data: { terms: [uniqueWord("alt"), uniqueWord("alt")] } });
      const form = formDataOf({ id: group.id, terms: `${group.terms.join("\n")}\n${uniqueWord("neu")}`, version: group.version });
      return { call: () => taxonomyActions.updateSynonymGroupAction(initial, form), fixtureIds: [group.id] };
    },
  },
  [`${T}#deleteSynonymGroupAction`]: {
    expect: { kind: "permission", permission: "taxonomy.manage", changes: ["SynonymGroup"] },
    prepare: async () => {
      const group = await db.synonymGroup.create({ data: { terms: [uniqueWord("weg"), uniqueWord("weg")] } });
      return { call: () => taxonomyActions.deleteSynonymGroupAction(initial, formDataOf({ id: group.id })), fixtureIds: [group.id] };
    },
  },

  [`${L}#saveLegalNoticeAction`]: {
    expect: { kind: "permission", permission: "legalNotice.manage", changes: ["LegalNotice", "AuditLog"] },
    prepare: async () => {
      const form = await legalNoticeForm();
      return { call: () => legalNoticeActions.saveLegalNoticeAction(initial, form) };
    },
  },

  [`${F}#setFeedbackStatusAction`]: {
    expect: { kind: "permission", permission: "feedback.manage", changes: ["AccessibilityFeedback", "AuditLog"] },
    prepare: async () => {
      const report = await db.accessibilityFeedback.create({ data: { pageUrl: "/fristen", message: `Replay ${uniqueWord("m")}` } });
      const form = formDataOf({ id: report.id, status: "IN_PROGRESS", version: report.version });
      return { call: () => feedbackStatusActions.setFeedbackStatusAction(initial, form), fixtureIds: [report.id] };
    },
  },
  "app/[locale]/(public)/barrierefreiheit/actions.ts#submitFeedbackAction": {
    expect: { kind: "public", changes: ["AccessibilityFeedback", "MailMessage", "RateLimitBucket", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf({ name: "", email: uniqueEmail("replay-feedback"), pageUrl: "/fristen", message: "Der Kalender ist mit der Tastatur nicht bedienbar.", fax: "" });
      return { call: () => feedbackActions.submitFeedbackAction(initial, form) };
    },
  },

  [`${U}#createUserAction`]: {
    expect: { kind: "permission", permission: "user.manage", changes: ["User", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf({ name: "Replay Neu", email: uniqueEmail("replay-new"), password: PASSWORD, role: "EDITOR" });
      return { call: () => userActions.createUserAction(initial, form) };
    },
  },
  [`${U}#changeRoleAction`]: {
    expect: { kind: "permission", permission: "user.manage", changes: ["User", "AuditLog"] },
    prepare: async () => {
      const target = await createAccount("EDITOR");
      return { call: () => userActions.changeRoleAction(initial, formDataOf({ userId: target.id, role: "ADMIN" })), fixtureIds: [target.id] };
    },
  },
  [`${U}#setDisabledAction`]: {
    expect: { kind: "permission", permission: "user.manage", changes: ["User", "AuditLog"] },
    prepare: async () => {
      const target = await createAccount("EDITOR");
      return { call: () => userActions.setDisabledAction(initial, formDataOf({ userId: target.id, disabled: "ja" })), fixtureIds: [target.id] };
    },
  },

  [`${I}#inviteAction`]: {
    expect: { kind: "permission", permission: "user.invite", changes: ["User", "AccountToken", "MailMessage", "AuditLog"] },
    prepare: async ({ actors }) => {
      const advisor = await newAdvisor(actors.ADMIN);
      const form = formDataOf({ target: `advisor:${advisor.id}`, name: "Replay Einladung", email: uniqueEmail("replay-invite") });
      return { call: () => invitationActions.inviteAction(initial, form), fixtureIds: [advisor.id] };
    },
  },
  [`${I}#resendInvitationAction`]: {
    expect: { kind: "permission", permission: "user.invite", changes: ["AccountToken", "MailMessage", "AuditLog"] },
    prepare: async (context) => {
      const { userId } = await invitedAccount(context);
      return { call: () => invitationActions.resendInvitationAction(formDataOf({ userId })), fixtureIds: [userId] };
    },
  },
  [`${I}#revokeInvitationAction`]: {
    expect: { kind: "permission", permission: "user.invite", changes: ["User", "AccountToken", "AuditLog"] },
    prepare: async (context) => {
      const { userId } = await invitedAccount(context);
      return { call: () => invitationActions.revokeInvitationAction(formDataOf({ userId })), fixtureIds: [userId] };
    },
  },

  [`${S}#approveSignupAction`]: {
    expect: { kind: "permission", permission: "revision.review", changes: ["ProviderSignup", "Provider", "User", "AuditLog"] },
    prepare: async () => {
      const id = await pendingSignup();
      return { call: () => signupReviewActions.approveSignupAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },
  [`${S}#rejectSignupAction`]: {
    expect: { kind: "permission", permission: "revision.review", changes: ["ProviderSignup", "AuditLog"] },
    prepare: async () => {
      const id = await pendingSignup();
      return { call: () => signupReviewActions.rejectSignupAction(initial, formDataOf({ id, reason: "Kein Bezug zur Region." })), fixtureIds: [id] };
    },
  },

  [`${R}#approveRevisionAction`]: {
    expect: { kind: "permission", permission: "revision.review", changes: ["ProfileRevision", "Advisor", "AuditLog"] },
    prepare: async (context) => {
      const { id, proposedAt, version } = await pendingRevision(context);
      return { call: () => revisionActions.approveRevisionAction(id, proposedAt, initial, formDataOf({ version })), fixtureIds: [id] };
    },
  },
  [`${R}#editAndApproveRevisionAction`]: {
    expect: { kind: "permission", permission: "revision.review", changes: ["ProfileRevision", "Advisor", "AuditLog"] },
    prepare: async (context) => {
      const { id, proposedAt, version } = await pendingRevision(context);
      const form = formDataOf({ version, summary: "Von der Redaktion ergänzt.", regions: ["stadt-trier"], languages: "de" });
      return { call: () => revisionActions.editAndApproveRevisionAction(id, proposedAt, initial, form), fixtureIds: [id] };
    },
  },
  [`${R}#rejectRevisionAction`]: {
    expect: { kind: "permission", permission: "revision.review", changes: ["ProfileRevision", "AuditLog"] },
    prepare: async (context) => {
      const { id, proposedAt } = await pendingRevision(context);
      return { call: () => revisionActions.rejectRevisionAction(id, proposedAt, initial, formDataOf({ reason: "Bitte belegen." })), fixtureIds: [id] };
    },
  },

  [`${M}#validateImportAction`]: {
    expect: { kind: "permission", permission: "import.run", changes: ["ImportJob"] },
    prepare: async () => {
      const file = csvFile([programmeRow(uniqueSuffix(), 1)]);
      const form = formDataOf({ typ: "foerderprogramme", datei: new File([file.bytes], file.name, { type: "text/csv" }) });
      return { call: () => importActions.validateImportAction(form) };
    },
  },
  [`${M}#runImportAction`]: {
    expect: { kind: "permission", permission: "import.run", changes: ["ImportJob"] },
    prepare: async ({ actor, actors }) => {
      // An allowed actor starts its own job; anyone else replays an editor's job id.
      const owner = actor && can(actor, "import.run") ? actor : actors.EDITOR;
      const { jobId } = await validateImport(owner, "programme", csvFile([programmeRow(uniqueSuffix(), 1)]));
      return { call: () => importActions.runImportAction(formDataOf({ job: jobId })), fixtureIds: [jobId] };
    },
  },
};
