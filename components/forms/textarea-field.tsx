"use client";

import { asString, useField } from "./form-context";
import { borderClass, controlAttributes, FieldFrame } from "./field-frame";

type Props = { name: string; label: string; hint?: string; required?: boolean; rows?: number };

export function TextareaField({ name, label, hint, required, rows = 5 }: Props) {
  const field = useField(name);
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <textarea
        {...controlAttributes(name, field, hint)}
        rows={rows}
        key={asString(field.value)}
        defaultValue={asString(field.value)}
        required={required}
        aria-required={required || undefined}
        className={`w-full border-2 px-2 py-1.5 ${borderClass(field)}`}
      />
    </FieldFrame>
  );
}
