// Every event the audit log records, as "<entityType>.<verb>": the writer (recordAudit) accepts
// only these, so a misspelled action does not compile. The strings are stored as they are and
// read back by the history pages, the change log and the tests: never rename one.

/** What happens to a content entry; the workflow verbs come from lib/content/workflow.ts. */
export const CONTENT_AUDIT_VERBS = ["created", "updated", "imported", "submitted", "published", "unpublished", "archived", "restored", "verified"] as const;
export type ContentAuditVerb = (typeof CONTENT_AUDIT_VERBS)[number];

type EventsByEntity = {
  programme: ContentAuditVerb;
  advisor: ContentAuditVerb;
  provider: ContentAuditVerb;
  event: ContentAuditVerb;
  initiative: ContentAuditVerb;
  news: ContentAuditVerb;
  organisation: "created" | "updated" | "deleted";
  topic: "updated";
  /** one Leistung's row of the Leistung ↔ Themenfeld matrix; entityId is the ServiceCategory */
  serviceTopics: "updated";
  synonymGroup: "created" | "updated" | "deleted";
  user:
    | "created"
    | "roleChanged"
    | "disabled"
    | "enabled"
    | "invited"
    | "invitationAccepted"
    | "invitationResent"
    | "invitationRevoked"
    | "passwordChanged"
    | "passwordReset"
    | "signedOut";
  profileRevision: "proposed" | "approved" | "rejected";
  providerSignup: "submitted" | "confirmed" | "approved" | "rejected";
  import: "committed";
  mail: "retried";
  /** the one Impressum row; entityId is "site" */
  legalNotice: "updated";
  accessibilityFeedback: "submitted" | "statusChanged";
};

export type AuditEntityType = keyof EventsByEntity;
/** e.g. "programme.published", "user.roleChanged" */
export type AuditAction = { [E in AuditEntityType]: `${E}.${EventsByEntity[E]}` }[AuditEntityType];
/** The actions of one entity type, e.g. AuditActionOf<"programme">. */
export type AuditActionOf<E extends AuditEntityType> = `${E}.${EventsByEntity[E]}`;
