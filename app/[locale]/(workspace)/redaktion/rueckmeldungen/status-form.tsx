"use client";

import { useActionState } from "react";
import { useFormMessage } from "@/components/forms/form-texts";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/actions/form-state";
import { setFeedbackStatusAction } from "./actions";

type Props = { id: string; version: number; status: string; labels: { status: string; save: string; saved: string }; options: { value: string; label: string }[] };

/** One report's status: a select and a button; a refusal or conflict shows above it. */
export function FeedbackStatusForm({ id, version, status, labels, options }: Props) {
  const [state, formAction] = useActionState(setFeedbackStatusAction, { status: "idle" } as FormState);
  const message = useFormMessage();
  const selectId = `status-${id}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      {state.status === "error" && (
        <p role="alert" className="w-full border-l-4 border-closed pl-3 font-bold text-closed">
          {message(state.formError ?? "errors.unexpected")}
        </p>
      )}
      {state.status === "success" && (
        <p role="status" className="w-full font-bold">
          {labels.saved}
        </p>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={selectId} className="block font-semibold">
          {labels.status}
        </label>
        <select id={selectId} name="status" defaultValue={status} key={`${status}-${version}`} className="border-2 border-line bg-white px-2 py-1.5">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}
