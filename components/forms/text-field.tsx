"use client";

import { asString, useField } from "./form-context";
import { describedBy, FieldError, FieldHint } from "./field-message";

type Props = {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "url" | "tel" | "number" | "date" | "password";
  required?: boolean;
  autoComplete?: string;
  /** Tailwind width class; full width by default */
  width?: string;
  inputMode?: "numeric" | "decimal" | "text" | "email" | "url" | "tel";
};

export function TextField({ name, label, hint, type = "text", required, autoComplete, width = "w-full", inputMode }: Props) {
  const field = useField(name);
  const invalid = field.errors.length > 0;
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
      <input
        id={field.id}
        name={name}
        type={type}
        // keyed by the value so a refused save shows exactly what was sent
        key={asString(field.value)}
        defaultValue={type === "password" ? undefined : asString(field.value)}
        required={required}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint && field.hintId, invalid && field.errorId)}
        className={`${width} border-2 px-2 py-1.5 ${invalid ? "border-closed" : "border-ink"}`}
      />
    </div>
  );
}
