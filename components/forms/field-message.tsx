"use client";

import { useFormMessage, useFormText } from "./form-texts";

export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  const message = useFormMessage();
  const text = useFormText();
  if (errors.length === 0) return null;
  return (
    <p id={id} className="font-bold text-closed">
      <span className="sr-only">{text("editor.form.errorPrefix")} </span>
      {errors.map(message).join(" ")}
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={id} className="text-sm text-muted">
      {hint}
    </p>
  );
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
