"use client";

import { useActionState } from "react";
import { IDLE, type FormState, type FormValues } from "@/lib/actions/form-state";
import { FormContext } from "./form-context";
import { ErrorSummary } from "./error-summary";
import { ConflictPanel } from "./conflict-panel";
import type { ValueLabels } from "./option-labels";
import { SuccessMessage } from "./success-message";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** saved values of the entity (field name → value); shown until the user sends something */
  defaults?: FormValues;
  /** field name → visible label, for the error summary and the conflict table */
  labels: Record<string, string>;
  /** field → (stored value → label) of the choices the form shows, for the conflict table */
  valueLabels?: ValueLabels;
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
};

/**
 * A server-action form in the GOV.UK pattern: error summary on top linking to the fields, messages
 * next to them, everything typed kept on a refused save. Works without JavaScript too (React posts
 * the form and renders the returned state).
 */
export function EditorForm({ action, defaults = {}, labels, valueLabels, children, className = "space-y-6", ariaLabel, initialState = IDLE, fieldOrder, pageTitle }: Props) {
  const [state, formAction] = useActionState(action, initialState);
  const version = state.status === "error" && state.conflict ? String(state.conflict.currentVersion) : undefined;
  return (
    <FormContext.Provider value={{ state, defaults }}>
      <ErrorSummary state={state} labels={labels} fieldOrder={fieldOrder} pageTitle={pageTitle} />
      <SuccessMessage state={state} />
      {state.status === "error" && state.conflict && <ConflictPanel conflict={state.conflict} labels={labels} valueLabels={valueLabels} />}
      <form action={formAction} noValidate className={className} aria-label={ariaLabel}>
        {/* After a conflict the form carries the current version: saving again is a conscious overwrite. */}
        {"version" in defaults && <input type="hidden" name="version" value={version ?? String(defaults.version)} />}
        {children}
      </form>
    </FormContext.Provider>
  );
}
