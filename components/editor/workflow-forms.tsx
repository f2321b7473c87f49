"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import type { Transition } from "@/lib/content/workflow";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormMessage } from "@/components/forms/form-texts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function FormError({ state }: { state: FormState }) {
  const message = useFormMessage();
  if (state.status !== "error") return null;
  return (
    <p role="alert" className="border-l-4 border-closed pl-3 font-bold text-closed">
      {message(state.formError ?? "errors.unexpected")}
    </p>
  );
}

const VARIANT: Record<Transition, "primary" | "secondary" | "danger"> = {
  submit: "secondary",
  publish: "primary",
  unpublish: "secondary",
  archive: "danger",
  restore: "secondary",
};

/** One form, one submit button per allowed transition (the button's value says which). */
export function TransitionForm(props: {
  action: Action;
  entityId: string;
  version: number;
  transitions: Transition[];
  labels: Record<string, string>;
  legend: string;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={props.entityId} />
      <input type="hidden" name="version" value={props.version} />
      <FormError state={state} />
      <fieldset>
        <legend className="font-semibold">{props.legend}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {props.transitions.map((transition) => (
            <SubmitButton key={transition} name="transition" value={transition} variant={VARIANT[transition]}>
              {props.labels[transition]}
            </SubmitButton>
          ))}
        </div>
      </fieldset>
    </form>
  );
}

/** "Als geprüft bestätigen": one click, one POST. */
export function VerifyForm(props: { action: Action; entityId: string; label: string; hint: string }) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={props.entityId} />
      <FormError state={state} />
      <p className="text-sm text-muted" id={`verify-hint-${props.entityId}`}>
        {props.hint}
      </p>
      <SubmitButton variant="secondary">{props.label}</SubmitButton>
    </form>
  );
}

/**
 * The second, confirming submit after the look-alikes were shown: the same transition action with
 * the hidden confirmation, so it works without JavaScript.
 */
export function ConfirmPublishForm(props: { action: Action; entityId: string; version: number; label: string }) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={props.entityId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="transition" value="publish" />
      <input type="hidden" name="confirmLookalikes" value="ja" />
      <FormError state={state} />
      <SubmitButton>{props.label}</SubmitButton>
    </form>
  );
}
