import "server-only";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { formValues, type FormState, type FormValues } from "./form-state";

/**
 * The frame of every form action (CONVENTIONS rule 4): acting user → zod parse → service →
 * the form's state. Authorization is the service's job (assertCan); this only finds out who acts.
 * Typed service errors become messages next to the fields or above the form; anything else is
 * logged and shown as a generic message, never as a stack trace.
 */
export async function runFormAction<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  run: (input: z.output<Schema>, actor: Actor) => Promise<FormState | void>,
  prepare: (values: FormValues) => unknown = (values) => values,
): Promise<FormState> {
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return { status: "error", formError: "errors.unauthenticated", values };
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
  try {
    return (await run(parsed.data, actor)) ?? { status: "success" };
  } catch (error) {
    return errorState(error, values);
  }
}

export function errorState(error: unknown, values?: FormValues): FormState {
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
