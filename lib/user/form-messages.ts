import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { isAppError } from "@/lib/errors";

/**
 * The shared form components translate "editor" catalogue keys only; keys of the "auth"
 * namespace ("auth.password.tooShort") are turned into German text here, in the action, before
 * the state goes back to the form (unknown keys are shown as they are).
 */
export async function localiseState(state: FormState): Promise<FormState> {
  if (state.status === "idle") return state;
  const t = await getTranslations();
  const text = (key: string) => (key.startsWith("auth.") && t.has(key) ? t(key, { min: PASSWORD_MIN_LENGTH }) : key);
  if (state.status === "success") return state.message ? { ...state, message: text(state.message) } : state;
  const fieldErrors = state.fieldErrors
    ? Object.fromEntries(Object.entries(state.fieldErrors).map(([field, keys]) => [field, keys.map(text)]))
    : undefined;
  return { ...state, formError: state.formError && text(state.formError), fieldErrors };
}

/**
 * runFormAction shows INVALID errors at their fields; a refusal without a field (an admin
 * disabling themselves) would lose its message there, so it becomes the form's message.
 */
export async function withFormRefusal(run: () => Promise<FormState | void>): Promise<FormState | void> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID" && !error.details.fieldErrors) return { status: "error", formError: error.message };
    throw error;
  }
}
