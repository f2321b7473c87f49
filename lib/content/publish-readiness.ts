import "server-only";
import { advisorDefinition } from "@/lib/advisor/definition";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ContentType } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db/client";
import { eventDefinition } from "@/lib/event/definition";
import { findLookalikesOfEntry, type Lookalike } from "@/lib/import/lookalikes";
import { programmeDefinition } from "@/lib/programme/definition";
import { providerDefinition } from "@/lib/provider/definition";
import { initiativeDefinition } from "@/lib/initiative/definition";
import { newsDefinition } from "@/lib/news/definition";
import { issuesToFieldErrors, PUBLISH_INCOMPLETE, PUBLISH_REFUSALS, type PublishIssue, type PublishRefusal } from "./publish-check";
import type { ContentDefinition } from "./types";

const DEFINITIONS: Record<ContentType, ContentDefinition> = {
  programme: programmeDefinition,
  advisor: advisorDefinition,
  provider: providerDefinition,
  event: eventDefinition,
  initiative: initiativeDefinition,
  news: newsDefinition,
};

export type PublishReadiness = { issues: PublishIssue[]; lookalikes: Lookalike[] };

/**
 * What the publish step would say about the stored entry now: the missing fields and the
 * look-alikes. The edit page shows it after a refused publish (the service decides again on the
 * next attempt; this read only explains). Only for those who may publish.
 */
export async function getPublishReadiness(actor: Actor | null, type: ContentType, id: string): Promise<PublishReadiness> {
  assertCan(actor, `${type}.publish`);
  const definition = DEFINITIONS[type];
  return db.$transaction(async (tx) => ({
    issues: await definition.publishCheck(tx, id),
    lookalikes: await findLookalikesOfEntry(tx, definition.lookalikes, id),
  }));
}

/** The edit page's view of a refused publish (?veroeffentlichen=…): what to show and the form's state. */
export type PublishReview = PublishReadiness & {
  reason: PublishRefusal;
  /** the edit form starts with the missing fields marked (error summary and messages next to them) */
  formState: FormState | undefined;
};

const REASONS: ReadonlyMap<string, PublishRefusal> = new Map(
  (Object.keys(PUBLISH_REFUSALS) as PublishRefusal[]).map((reason) => [PUBLISH_REFUSALS[reason], reason] as const),
);

/**
 * Reads the stored entry again for the page after a refused publish; null without a refusal in the
 * URL. Only someone who may publish is ever sent there (FORBIDDEN for anyone else).
 */
export async function getPublishReview(actor: Actor | null, type: ContentType, id: string, param: string | string[] | undefined): Promise<PublishReview | null> {
  const reason = typeof param === "string" ? REASONS.get(param) : undefined;
  if (!reason) return null;
  const readiness = await getPublishReadiness(actor, type, id);
  const formState: FormState | undefined =
    readiness.issues.length > 0 ? { status: "error", formError: PUBLISH_INCOMPLETE, fieldErrors: issuesToFieldErrors(readiness.issues) } : undefined;
  return { ...readiness, reason, formState };
}
