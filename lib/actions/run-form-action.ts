import "server-only";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { recordRefusal, refusalOf, type Refusal } from "@/lib/security-log/record";
import { formValues, type FormState, type FormValues } from "./form-state";

/**
 * The frame of every form action (docs/conventions.md, rule 4): acting user → zod parse → service →
 * the form's state. Authorization is the service's job (assertCan); this only finds out who acts.
 * Typed service errors become messages next to the fields or above the form; anything else is
 * logged and shown as a generic message, never as a stack trace. Every refusal (FORBIDDEN, or no
 * session) is recorded in the security log: the form still gets its 200 with the message, so the
 * log is where an admin sees an attack.
 */
export async function runFormAction<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  run: (input: z.output<Schema>, actor: Actor) => Promise<FormState | void>,
  prepare: (values: FormValues) => unknown = (values) => values,
): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) {
    await recordRefusal(null, { outcome: "UNAUTHENTICATED" });
    return { status: "error", formError: "errors.unauthenticated", values };
  }
  const parsed = schema.safeParse(prepare(values));
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    return {
      status: "error",
      fieldErrors: fieldErrors as Record<string, string[]>,
      formError: formErrors[0] ?? "errors.invalid",
      values,
    };
  }
  let state: FormState;
  try {
    state = (await run(parsed.data, actor)) ?? { status: "success" };
  } catch (error) {
    state = errorState(error, values);
  }
  const refusal = refusalOfState(state);
  if (refusal) await recordRefusal(actor, refusal);
  return state;
}

// Refusals that errorState() turned into a state, with the permission the error named. Actions
// that catch a service error themselves and return errorState(error) keep it this way too; a
// state rebuilt from such a result still shows as a refusal, only without the permission.
const REFUSALS = new WeakMap<object, Refusal>();

function refusalOfState(state: FormState): Refusal | null {
  if (state.status !== "error") return null;
  const known = REFUSALS.get(state);
  if (known) return known;
  if (state.formError === "errors.forbidden") return { outcome: "FORBIDDEN" };
  if (state.formError === "errors.unauthenticated") return { outcome: "UNAUTHENTICATED" };
  return null;
}

export function errorState(error: unknown, values?: FormValues): FormState {
  const state = stateOf(error, values);
  const refusal = refusalOf(error);
  if (refusal) REFUSALS.set(state, refusal);
  return state;
}

function stateOf(error: unknown, values?: FormValues): FormState {
  if (!isAppError(error)) {
    // redirect()/notFound() signal by throwing; they must pass through.
    if (error && typeof error === "object" && "digest" in error) throw error;
    console.error("form action failed", error);
    return { status: "error", formError: "errors.unexpected", values };
  }
  switch (error.code) {
    case "INVALID":
      return { status: "error", formError: "errors.invalid", fieldErrors: error.details.fieldErrors, values };
    case "CONFLICT":
      return {
        status: "error",
        formError: "errors.conflict",
        values,
        conflict: error.details.current as Extract<FormState, { status: "error" }>["conflict"],
      };
    case "NOT_FOUND":
      return { status: "error", formError: "errors.notFound", values };
    case "FORBIDDEN":
      return { status: "error", formError: "errors.forbidden", values };
    case "UNAUTHENTICATED":
      return { status: "error", formError: "errors.unauthenticated", values };
  }
}
