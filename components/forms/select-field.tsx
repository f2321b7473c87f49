"use client";

import { asString, useField } from "./form-context";
import { describedBy, FieldError, FieldHint } from "./field-message";

export type Option = { value: string; label: string };

type Props = { name: string; label: string; hint?: string; options: Option[]; required?: boolean; emptyLabel?: string };

export function SelectField({ name, label, hint, options, required, emptyLabel }: Props) {
  const field = useField(name);
  const invalid = field.errors.length > 0;
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}>
      <label htmlFor={field.id} className="block font-semibold">
        {label}
      </label>
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
      <select
        id={field.id}
        name={name}
        key={asString(field.value)}
        defaultValue={asString(field.value)}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint && field.hintId, invalid && field.errorId)}
        className={`max-w-full border-2 bg-white px-2 py-1.5 ${invalid ? "border-closed" : "border-ink"}`}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
