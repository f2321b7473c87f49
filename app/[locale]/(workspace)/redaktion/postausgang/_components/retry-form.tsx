"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormMessage } from "@/components/forms/form-texts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One button: send a finally failed mail once more. A refusal shows above it. */
export function RetryForm({ action, mailId, label }: { action: Action; mailId: string; label: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const message = useFormMessage();
  return (
    <form action={formAction} className="space-y-2">
      {state.status === "error" && (
        <p role="alert" className="border-l-4 border-closed pl-3 font-bold text-closed">
          {message(state.formError ?? "errors.unexpected")}
        </p>
      )}
      <input type="hidden" name="id" value={mailId} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
