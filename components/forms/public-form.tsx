"use client";

import { FormShell, type FormShellProps } from "./form-shell";

/**
 * A form people send without an account (alert sign-up, provider sign-up, barrier report): it
 * edits no versioned entry, so it never meets a conflict and does not load the conflict panel
 * (tests/e2e/weight.spec.ts holds these pages to the JavaScript budget).
 */
export function PublicForm(props: Omit<FormShellProps, "conflictPanel">) {
  return <FormShell {...props} />;
}
