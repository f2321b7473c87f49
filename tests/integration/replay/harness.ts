import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/form-state";

// The request a replayed action sees: the acting user (what getActor() returns), the cookie jar
// and the client address. The test file's vi.mock factories read and write this one object.
export const request = {
  actor: null as Actor | null,
  cookies: new Map<string, string>(),
  ip: "203.0.113.7",
};

/** redirect(), forbidden() and notFound() signal by throwing an error with a digest, as in Next. */
export class Interrupt extends Error {
  constructor(
    readonly kind: "redirect" | "forbidden" | "notFound",
    readonly url = "",
  ) {
    super(`NEXT_${kind.toUpperCase()}`);
  }
  get digest() {
    return `NEXT_${this.kind.toUpperCase()};${this.url}`;
  }
}

export type Outcome =
  | { kind: "state"; state: FormState }
  | { kind: "returned" }
  | { kind: "redirect"; url: string }
  | { kind: "forbidden" }
  | { kind: "notFound" };

/** Runs an action to its answer. Any other error would be a 500 for the user: it fails the test. */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result && typeof result === "object" && "status" in result) return { kind: "state", state: result as FormState };
    return { kind: "returned" };
  } catch (error) {
    if (!(error instanceof Interrupt)) throw error;
    return error.kind === "redirect" ? { kind: "redirect", url: error.url } : { kind: error.kind };
  }
}

/**
 * The answers a refused action gives: a 403, the sign-in page, the form's refusal message, or a
 * one-button form's way back to its page with the refusal as the page's message.
 */
export function isRefusal(outcome: Outcome): boolean {
  if (outcome.kind === "forbidden") return true;
  if (outcome.kind === "redirect") return outcome.url.startsWith("/anmelden?weiter=") || /[?&](meldung|fehler)=forbidden$/.test(outcome.url);
  if (outcome.kind !== "state" || outcome.state.status !== "error") return false;
  return /errors\.(forbidden|unauthenticated)$/.test(outcome.state.formError ?? "");
}

export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === "state") return `state ${JSON.stringify({ ...outcome.state, values: undefined })}`;
  return outcome.kind === "redirect" ? `redirect ${outcome.url}` : outcome.kind;
}

export function formDataOf(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item instanceof Blob ? item : String(item));
  }
  return form;
}
