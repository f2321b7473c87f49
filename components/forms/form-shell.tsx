"use client";

import { useActionState } from "react";
import { IDLE, type FormState, type FormValues } from "@/lib/actions/form-state";
import { FormContext } from "./form-context";
import { ErrorSummary } from "./error-summary";
import { SuccessMessage } from "./success-message";

export type Conflict = NonNullable<Extract<FormState, { status: "error" }>["conflict"]>;

export type FormShellProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** saved values of the entity (field name → value); shown until the user sends something */
  defaults?: FormValues;
  /** field name → visible label, for the error summary and the conflict table */
  labels: Record<string, string>;
  children: React.ReactNode;
  className?: string;
  /** accessible name of the form when a page holds several */
  ariaLabel?: string;
  /** the state the form starts in, e.g. the missing fields after a refused publish */
  initialState?: FormState;
  /** the fields in the order the form shows them, for the error summary (else the action's order) */
  fieldOrder?: readonly string[];
  /**
   * The page's whole title (formPageTitle()) when the form renders its page's <title>, so that a
   * refused send shows "Fehler: …" without JavaScript too; the page's metadata then has no title.
   */
  pageTitle?: string;
  /** What to show when the action reports that someone else saved meanwhile (EditorForm). */
  conflictPanel?: (conflict: Conflict) => React.ReactNode;
};

/**
 * A server-action form in the GOV.UK pattern: error summary on top linking to the fields, messages
 * next to them, everything typed kept on a refused save. Works without JavaScript too (React posts
 * the form and renders the returned state). Used through EditorForm (versioned entries, with the
 * conflict panel) or PublicForm (the forms without an account, which edit nothing versioned).
 */
export function FormShell({ action, defaults = {}, labels, children, className = "space-y-6", ariaLabel, initialState = IDLE, fieldOrder, pageTitle, conflictPanel }: FormShellProps) {
  const [state, formAction] = useActionState(action, initialState);
  const version = state.status === "error" && state.conflict ? String(state.conflict.currentVersion) : undefined;
  return (
    <FormContext.Provider value={{ state, defaults }}>
      <ErrorSummary state={state} labels={labels} fieldOrder={fieldOrder} pageTitle={pageTitle} />
      <SuccessMessage state={state} />
      {state.status === "error" && state.conflict && conflictPanel?.(state.conflict)}
      <form action={formAction} noValidate className={className} aria-label={ariaLabel}>
        {/* After a conflict the form carries the current version: saving again is a conscious overwrite. */}
        {"version" in defaults && <input type="hidden" name="version" value={version ?? String(defaults.version)} />}
        {children}
      </form>
    </FormContext.Provider>
  );
}
