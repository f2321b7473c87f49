"use client";

import type { FormState } from "@/lib/actions/form-state";
import { useFormMessage, useFormText } from "./form-texts";

export function SuccessMessage({ state }: { state: FormState }) {
  const text = useFormText();
  const message = useFormMessage();
  if (state.status !== "success") return null;
  return (
    <div role="status" className="mb-6 border-l-8 border-open bg-green-50 p-4">
      <p className="font-bold">{state.message ? message(state.message) : text("editor.form.saved")}</p>
    </div>
  );
}
