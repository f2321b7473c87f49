"use client";

import { asString, useField } from "./form-context";
import { describedBy, FieldError, FieldHint } from "./field-message";

type Props = { name: string; label: string; hint?: string; required?: boolean; rows?: number };

export function TextareaField({ name, label, hint, required, rows = 5 }: Props) {
  const field = useField(name);
  const invalid = field.errors.length > 0;
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
      <textarea
        id={field.id}
        name={name}
        rows={rows}
        key={asString(field.value)}
        defaultValue={asString(field.value)}
        required={required}
        aria-required={required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint && field.hintId, invalid && field.errorId)}
        className={`w-full border-2 px-2 py-1.5 ${invalid ? "border-closed" : "border-ink"}`}
      />
    </div>
  );
}
