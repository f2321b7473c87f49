import { PublicationStatus } from "@/lib/db/enums";

// Every public query filters through this one helper (docs/conventions.md, rule 7).
export function publishedOnly() {
  return { status: PublicationStatus.PUBLISHED };
}

/**
 * The workflow columns an editor's view of a programme, advisor or provider carries beside its
 * form fields (form defaults, audit before/after and conflict checks all read them).
 */
export type WorkflowState = {
  id: string;
  slug: string;
  status: PublicationStatus;
  version: number;
  /** null: never checked against the source (e.g. imported without a check date) */
  lastVerifiedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
};
