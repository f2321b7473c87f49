import { findAdvisorBulkTargets, getAdvisorEditorOptions, findAdvisorsForEditor, getAdvisorForEditor, getAdvisorPreview } from "@/lib/advisor/editor-queries";
import { listInvitations, listInvitationTargets } from "@/lib/account/invitation-queries";
import { listAuditActors, listAuditLog } from "@/lib/audit/list";
import { findEventBulkTargets, findEventsForEditor, getEventEditorOptions, getEventForEditor, getEventPreview } from "@/lib/event/editor-queries";
import { getPublishReadiness, getPublishReview } from "@/lib/content/publish-readiness";
import { getEntityHistory } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { getFreshnessOverview, listInReview, listRecentChanges, listStaleEntries, listUpcomingDeadlines } from "@/lib/freshness/queries";
import { getImporter } from "@/lib/import/entities";
import { exportEntries } from "@/lib/import/export";
import { getImportJob, listRecentImportJobs, loadRunningJob } from "@/lib/import/jobs";
import { getOrganisationForEdit, listOrganisations } from "@/lib/organisation/queries";
import { getProgrammePreview } from "@/lib/programme/editor-preview";
import { findProgrammeBulkTargets, findProgrammesForEditor, getProgrammeForEditor, getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { programmeEditorFilters } from "@/lib/programme/editor-filters";
import { findProviderBulkTargets, findProvidersForEditor, getProviderForEditor, getProviderPreview, getProviderRegionOptions } from "@/lib/provider/editor-queries";
import { countPendingRevisions, getOwnProfile, getRevisionForReview, listPendingRevisions } from "@/lib/revision/queries";
import { getSignupForReview, listDecidedSignups, listPendingSignups } from "@/lib/signup/queries";
import { getServiceTopicMatrixForEdit, getSynonymGroupForEdit, getTopicForEdit, listSynonymGroupsForEdit, listTopicsForEdit } from "@/lib/taxonomy/editor-queries";
import { getOwnAccount, getUserOrThrow, listLinkOptions, listUsers } from "@/lib/user/queries";
import { getMail, listMail } from "@/lib/mail/queries";
import { listSecurityEvents, parseSecurityListParams } from "@/lib/security-log/list";
import { getFoerderCheckRulesForEditor } from "@/lib/foerder-check/editor-rules";
import { getLegalNoticeForEdit } from "@/lib/legal-notice/queries";
import { listAccessibilityFeedback } from "@/lib/feedback/queries";
import { findInitiativeBulkTargets, findInitiativesForEditor, getInitiativeEditorOptions, getInitiativeForEditor, getInitiativePreview } from "@/lib/initiative/editor-queries";
import { findNewsBulkTargets, findNewsForEditor, getNewsEditorOptions, getNewsForEditor, getNewsPreview } from "@/lib/news/editor-queries";

// Every private read of lib/ (not public published data) with the permission it checks itself.
// "signedIn": the actor's own data, open to every role but never to a visitor.
// private-reads.test.ts calls each with every role and without an actor and compares the outcome
// with ROLE_PERMISSIONS; it also fails when a module below exports a function this list misses,
// or when app/ or components/ use a database-reading module that is classified nowhere.

/** Rows the reads are called with, created by the test (ids of existing entries, so a permitted call succeeds). */
export type Fixtures = {
  programmeId: string;
  advisorId: string;
  providerId: string;
  eventId: string;
  organisationId: string;
  topicId: string;
  synonymGroupId: string;
  revisionId: string;
  userId: string;
  /** a RUNNING import job per actor id (loadRunningJob reads only the actor's own) */
  runningJobs: Map<string, string>;
};

export type PrivateRead = {
  module: string;
  name: string;
  permission: Permission | "signedIn";
  call: (actor: Actor | null, fx: Fixtures) => Promise<unknown>;
};

const NOTHING = "zz-private-read-registry-nothing";
const programmeFilters = programmeEditorFilters.parse({ q: NOTHING });

export const PRIVATE_READS: PrivateRead[] = [
  { module: "lib/programme/editor-queries", name: "findProgrammesForEditor", permission: "editor.access", call: (a) => findProgrammesForEditor(a, programmeFilters) },
  { module: "lib/programme/editor-queries", name: "getProgrammeForEditor", permission: "editor.access", call: (a, fx) => getProgrammeForEditor(a, fx.programmeId) },
  { module: "lib/programme/editor-queries", name: "getProgrammeFormOptions", permission: "editor.access", call: (a) => getProgrammeFormOptions(a) },
  { module: "lib/programme/editor-queries", name: "findProgrammeBulkTargets", permission: "editor.access", call: (a, fx) => findProgrammeBulkTargets(a, [fx.programmeId]) },
  { module: "lib/programme/editor-preview", name: "getProgrammePreview", permission: "editor.access", call: (a, fx) => getProgrammePreview(a, fx.programmeId) },

  { module: "lib/content/publish-readiness", name: "getPublishReadiness", permission: "programme.publish", call: (a, fx) => getPublishReadiness(a, "programme", fx.programmeId) },
  { module: "lib/content/publish-readiness", name: "getPublishReview", permission: "advisor.publish", call: (a, fx) => getPublishReview(a, "advisor", fx.advisorId, "aehnlich") },

  { module: "lib/advisor/editor-queries", name: "findAdvisorsForEditor", permission: "editor.access", call: (a) => findAdvisorsForEditor(a, { q: NOTHING }) },
  { module: "lib/advisor/editor-queries", name: "getAdvisorForEditor", permission: "editor.access", call: (a, fx) => getAdvisorForEditor(a, fx.advisorId) },
  { module: "lib/advisor/editor-queries", name: "getAdvisorPreview", permission: "editor.access", call: (a, fx) => getAdvisorPreview(a, fx.advisorId) },
  { module: "lib/advisor/editor-queries", name: "getAdvisorEditorOptions", permission: "editor.access", call: (a) => getAdvisorEditorOptions(a) },
  { module: "lib/advisor/editor-queries", name: "findAdvisorBulkTargets", permission: "editor.access", call: (a, fx) => findAdvisorBulkTargets(a, [fx.advisorId]) },

  { module: "lib/event/editor-queries", name: "findEventsForEditor", permission: "editor.access", call: (a) => findEventsForEditor(a, { q: NOTHING }) },
  { module: "lib/event/editor-queries", name: "getEventForEditor", permission: "editor.access", call: (a, fx) => getEventForEditor(a, fx.eventId) },
  { module: "lib/event/editor-queries", name: "getEventPreview", permission: "editor.access", call: (a, fx) => getEventPreview(a, fx.eventId) },
  { module: "lib/event/editor-queries", name: "getEventEditorOptions", permission: "editor.access", call: (a) => getEventEditorOptions(a) },
  { module: "lib/event/editor-queries", name: "findEventBulkTargets", permission: "editor.access", call: (a, fx) => findEventBulkTargets(a, [fx.eventId]) },

  { module: "lib/provider/editor-queries", name: "findProvidersForEditor", permission: "editor.access", call: (a) => findProvidersForEditor(a, { q: NOTHING }) },
  { module: "lib/provider/editor-queries", name: "getProviderForEditor", permission: "editor.access", call: (a, fx) => getProviderForEditor(a, fx.providerId) },
  { module: "lib/provider/editor-queries", name: "getProviderPreview", permission: "editor.access", call: (a, fx) => getProviderPreview(a, fx.providerId) },
  { module: "lib/provider/editor-queries", name: "getProviderRegionOptions", permission: "editor.access", call: (a) => getProviderRegionOptions(a) },
  { module: "lib/provider/editor-queries", name: "findProviderBulkTargets", permission: "editor.access", call: (a, fx) => findProviderBulkTargets(a, [fx.providerId]) },

  { module: "lib/audit/queries", name: "getEntityHistory", permission: "editor.access", call: (a, fx) => getEntityHistory(a, "programme", fx.programmeId) },
  { module: "lib/audit/list", name: "listAuditLog", permission: "audit.readAll", call: (a) => listAuditLog(a, { page: 1 }) },
  { module: "lib/audit/list", name: "listAuditActors", permission: "audit.readAll", call: (a) => listAuditActors(a) },

  { module: "lib/freshness/queries", name: "getFreshnessOverview", permission: "editor.access", call: (a) => getFreshnessOverview(a) },
  { module: "lib/freshness/queries", name: "listStaleEntries", permission: "editor.access", call: (a) => listStaleEntries(a) },
  { module: "lib/freshness/queries", name: "listInReview", permission: "editor.access", call: (a) => listInReview(a) },
  { module: "lib/freshness/queries", name: "listUpcomingDeadlines", permission: "editor.access", call: (a) => listUpcomingDeadlines(a) },
  { module: "lib/freshness/queries", name: "listRecentChanges", permission: "editor.access", call: (a) => listRecentChanges(a) },

  { module: "lib/organisation/queries", name: "listOrganisations", permission: "organisation.manage", call: (a) => listOrganisations(a, { q: "", page: 1 }) },
  { module: "lib/organisation/queries", name: "getOrganisationForEdit", permission: "organisation.manage", call: (a, fx) => getOrganisationForEdit(a, fx.organisationId) },

  { module: "lib/taxonomy/editor-queries", name: "listTopicsForEdit", permission: "taxonomy.manage", call: (a) => listTopicsForEdit(a) },
  { module: "lib/taxonomy/editor-queries", name: "getTopicForEdit", permission: "taxonomy.manage", call: (a, fx) => getTopicForEdit(a, fx.topicId) },
  { module: "lib/taxonomy/editor-queries", name: "listSynonymGroupsForEdit", permission: "taxonomy.manage", call: (a) => listSynonymGroupsForEdit(a) },
  { module: "lib/taxonomy/editor-queries", name: "getSynonymGroupForEdit", permission: "taxonomy.manage", call: (a, fx) => getSynonymGroupForEdit(a, fx.synonymGroupId) },
  { module: "lib/taxonomy/editor-queries", name: "getServiceTopicMatrixForEdit", permission: "taxonomy.manage", call: (a) => getServiceTopicMatrixForEdit(a) },

  { module: "lib/revision/queries", name: "listPendingRevisions", permission: "revision.review", call: (a) => listPendingRevisions(a) },
  { module: "lib/revision/queries", name: "getRevisionForReview", permission: "revision.review", call: (a, fx) => getRevisionForReview(a, fx.revisionId) },
  { module: "lib/revision/queries", name: "countPendingRevisions", permission: "revision.review", call: (a) => countPendingRevisions(a) },
  { module: "lib/revision/queries", name: "getOwnProfile", permission: "profile.editOwn", call: (a) => getOwnProfile(a) },

  { module: "lib/signup/queries", name: "listPendingSignups", permission: "revision.review", call: (a) => listPendingSignups(a) },
  { module: "lib/signup/queries", name: "listDecidedSignups", permission: "revision.review", call: (a) => listDecidedSignups(a) },
  { module: "lib/signup/queries", name: "getSignupForReview", permission: "revision.review", call: (a) => getSignupForReview(a, NOTHING) },

  { module: "lib/account/invitation-queries", name: "listInvitations", permission: "user.invite", call: (a) => listInvitations(a) },
  { module: "lib/account/invitation-queries", name: "listInvitationTargets", permission: "user.invite", call: (a) => listInvitationTargets(a) },

  { module: "lib/user/queries", name: "listUsers", permission: "user.manage", call: (a) => listUsers(a) },
  { module: "lib/user/queries", name: "getUserOrThrow", permission: "user.manage", call: (a, fx) => getUserOrThrow(a, fx.userId) },
  { module: "lib/user/queries", name: "listLinkOptions", permission: "user.manage", call: (a) => listLinkOptions(a) },
  { module: "lib/user/queries", name: "getOwnAccount", permission: "signedIn", call: (a) => getOwnAccount(a) },

  { module: "lib/import/jobs", name: "getImportJob", permission: "import.run", call: (a) => getImportJob(a, NOTHING) },
  { module: "lib/import/jobs", name: "listRecentImportJobs", permission: "import.run", call: (a) => listRecentImportJobs(a) },
  { module: "lib/import/jobs", name: "loadRunningJob", permission: "import.run", call: (a, fx) => loadRunningJob(a, fx.runningJobs.get(a?.id ?? "") ?? NOTHING) },
  {
    module: "lib/import/export",
    name: "exportEntries",
    permission: "export.run",
    call: (a) => exportEntries(a, getImporter("programme")!, new URLSearchParams({ q: NOTHING }), "csv"),
  },

  { module: "lib/legal-notice/queries", name: "getLegalNoticeForEdit", permission: "legalNotice.manage", call: (a) => getLegalNoticeForEdit(a) },
  { module: "lib/feedback/queries", name: "listAccessibilityFeedback", permission: "feedback.manage", call: (a) => listAccessibilityFeedback(a) },

  // Bodies (redacted) need mail.readBodies on top; tests/integration/mail/queries.test.ts checks that.
  { module: "lib/mail/queries", name: "listMail", permission: "editor.access", call: (a) => listMail(a) },
  { module: "lib/mail/queries", name: "getMail", permission: "editor.access", call: (a) => getMail(a, NOTHING) },

  { module: "lib/foerder-check/editor-rules", name: "getFoerderCheckRulesForEditor", permission: "editor.access", call: (a) => getFoerderCheckRulesForEditor(a) },

  { module: "lib/security-log/list", name: "listSecurityEvents", permission: "security.read", call: (a) => listSecurityEvents(a, parseSecurityListParams({})) },
  { module: "lib/initiative/editor-queries", name: "findInitiativesForEditor", permission: "editor.access", call: (a) => findInitiativesForEditor(a, { q: NOTHING }) },
  { module: "lib/initiative/editor-queries", name: "getInitiativeForEditor", permission: "editor.access", call: (a) => getInitiativeForEditor(a, NOTHING) },
  { module: "lib/initiative/editor-queries", name: "getInitiativePreview", permission: "editor.access", call: (a) => getInitiativePreview(a, NOTHING) },
  { module: "lib/initiative/editor-queries", name: "getInitiativeEditorOptions", permission: "editor.access", call: (a) => getInitiativeEditorOptions(a) },
  { module: "lib/initiative/editor-queries", name: "findInitiativeBulkTargets", permission: "editor.access", call: (a) => findInitiativeBulkTargets(a, [NOTHING]) },
  { module: "lib/news/editor-queries", name: "findNewsForEditor", permission: "editor.access", call: (a) => findNewsForEditor(a, { q: NOTHING }) },
  { module: "lib/news/editor-queries", name: "getNewsForEditor", permission: "editor.access", call: (a) => getNewsForEditor(a, NOTHING) },
  { module: "lib/news/editor-queries", name: "getNewsPreview", permission: "editor.access", call: (a) => getNewsPreview(a, NOTHING) },
  { module: "lib/news/editor-queries", name: "getNewsEditorOptions", permission: "editor.access", call: (a) => getNewsEditorOptions(a) },
  { module: "lib/news/editor-queries", name: "findNewsBulkTargets", permission: "editor.access", call: (a) => findNewsBulkTargets(a, [NOTHING]) },
];

/** Exports of the modules above that are not private reads, each with the reason. */
export const NOT_READS: Record<string, Record<string, string>> = {
  "lib/programme/editor-queries": { programmeEditorWhere: "pure: builds a where clause, reads nothing" },
  "lib/organisation/queries": { parseOrganisationListParams: "pure: parses search parameters" },
  "lib/audit/list": { parseAuditListParams: "pure: parses search parameters" },
  "lib/revision/queries": { changedFields: "pure: compares two value sets" },
  "lib/user/queries": { accountState: "pure: derives a label from a row" },
  "lib/security-log/list": { parseSecurityListParams: "pure: parses search parameters" },
  "lib/legal-notice/queries": { readLegalNotice: "public: the Impressum is published by law (the public pages read it)" },
  "lib/import/jobs": {
    saveImportJob: "mutation (assertCan import.run)",
    claimImportJob: "mutation (assertCan import.run)",
  },
};

/**
 * Modules that read the database and are used by app/ or components/ but hold no private read.
 * A new module there must be listed above (its reads) or here (why it is not one).
 */
export const NOT_PRIVATE_READ_MODULES: Record<string, string> = {
  "lib/advisor/queries": "public reads through publishedOnly()",
  "lib/programme/queries": "public reads through publishedOnly()",
  "lib/provider/queries": "public reads through publishedOnly()",
  "lib/event/queries": "public reads through publishedOnly()",
  "lib/provider/logo-queries": "findServableLogo: public for published providers (publishedOnly()); otherwise can(editor.access) or the actor's own providerId in the same query",
  "lib/provider/logo-service": "mutations (assertCan provider.update)",
  "lib/storage": "media bytes by content-addressed key; /medien asks lib/provider/logo-queries first",
  "lib/programme/stamps": "public reads through publishedOnly(): change times of published programmes for feeds and calendars",
  "lib/start-page/queries": "public reads through publishedOnly(): the start page's latest checks",
  "lib/sitemap/queries": "public reads through publishedOnly(): addresses and change times of published entries",
  "lib/open-data/bulk-queries": "public reads through publishedOnly(): the detail pages' selects of every published entry, for the bulk downloads",
  "lib/open-data/queries": "public reads through publishedOnly(): ids and change times of published entries; organisations only through published entries; taxonomy",
  "lib/demo-notice/queries": "public: whether the database holds demo content (the banner on every page)",
  "lib/taxonomy/queries": "public taxonomy",
  "lib/revision/form-options": "public taxonomy (topics, regions) for the form pickers",
  "lib/search": "public search over the published documents",
  "lib/health/check-database": "health check, reads no rows",
  "lib/health/check-queue": "health check: counts of queued and failed jobs, no payloads",
  "lib/account/queries": "public: inspects a reset token, the token is the credential",
  "lib/account/tokens": "public: single-use link tokens, the token is the credential",
  "lib/account/invitations": "mutations (assertCan user.invite)",
  "lib/import/service": "mutations (assertCan import.run in lib/import/jobs)",
  "lib/account/invitation-accept": "public: accepting an invitation, the token is the credential",
  "lib/account/password-reset": "public: password reset, the token is the credential",
  "lib/alerts/subscribe": "public: requesting an e-mail alert (double opt-in), answers alike for every address",
  "lib/alerts/confirm": "public: the confirmation link's token is the credential",
  "lib/alerts/manage": "public: the manage link's token is the credential; reads and deletes only that address's alerts",
  "lib/auth/session": "authentication: resolves the session cookie to the actor",
  "lib/auth/sign-in": "authentication",
  "lib/mail/retry": "mutation (assertCan mail.retry)",
  "lib/security-log/record": "records a refusal, reads nothing",
  "lib/organisation/service": "mutations (assertCan)",
  "lib/programme/service": "mutations (assertCan)",
  "lib/revision/propose": "mutation (assertCan profile.editOwn)",
  "lib/revision/logo-proposal": "mutations (assertCan profile.proposeLogo)",
  "lib/revision/review": "mutations (assertCan revision.review)",
  "lib/taxonomy/service-synonyms": "mutations (assertCan)",
  "lib/taxonomy/service-topics": "mutations (assertCan)",
  "lib/taxonomy/service-portfolio-topics": "mutation (assertCan taxonomy.manage)",
  "lib/user/password-service": "mutation of the actor's own password",
  "lib/user/service": "mutations (assertCan user.manage)",
  "lib/legal-notice/service": "mutation (assertCan legalNotice.manage)",
  "lib/feedback/submit": "public: reporting a barrier (honeypot, limit per client address), reads no one's data",
  "lib/feedback/service": "mutation (assertCan feedback.manage)",
  "lib/initiative/queries": "public reads through publishedOnly()",
  "lib/initiative/service": "mutations (assertCan)",
  "lib/news/queries": "public reads through publishedOnly()",
  "lib/news/service": "mutations (assertCan)",
};
