import { AppError, type FieldErrors } from "@/lib/errors";

// Publishing checks completeness (issue 14, item 7): an entry goes live only with what a visitor
// needs to act on it. Each type says what that is (its definition's publishCheck); the core asks
// on every way to PUBLISHED (lib/content/service-workflow.ts), so no path can skip it.

/** One missing piece: the form field it belongs to and a message key of the "editor" namespace. */
export type PublishIssue = { field: string; message: string };

/** The AppError message of a refused publish; details.fieldErrors names the missing fields. */
export const PUBLISH_INCOMPLETE = "errors.publishIncomplete";

/** The AppError message when the entry looks like others and nobody confirmed it is no duplicate. */
export const PUBLISH_LOOKALIKES = "errors.publishLookalikes";

/** ?veroeffentlichen=… on the edit page after a refused publish: why it was refused. */
export const PUBLISH_REFUSAL_PARAM = "veroeffentlichen";
export const PUBLISH_REFUSALS = { incomplete: "unvollstaendig", lookalikes: "aehnlich" } as const;
export type PublishRefusal = keyof typeof PUBLISH_REFUSALS;

export const isBlank = (value: string | null | undefined): boolean => value === null || value === undefined || value.replace(/<[^>]*>/g, "").trim() === "";

export const issuesToFieldErrors = (issues: readonly PublishIssue[]): FieldErrors => {
  const errors: FieldErrors = {};
  for (const { field, message } of issues) errors[field] = [...(errors[field] ?? []), message];
  return errors;
};

/** Throws INVALID with the missing fields as field messages when there are issues. */
export function assertPublishable(issues: readonly PublishIssue[]): void {
  if (issues.length > 0) throw new AppError("INVALID", PUBLISH_INCOMPLETE, { fieldErrors: issuesToFieldErrors(issues) });
}
