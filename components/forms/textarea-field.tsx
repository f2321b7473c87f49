"use client";

import { asString, useField } from "./form-context";
import { borderClass, controlAttributes, FieldFrame } from "./field-frame";

/** `lang`: the language of what is typed, when it is not the page's (a French translation). */
type Props = { name: string; label: string; hint?: string; required?: boolean; rows?: number; lang?: string };

export function TextareaField({ name, label, hint, required, rows = 5, lang }: Props) {
  const field = useField(name);
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <textarea
        {...controlAttributes(name, field, hint)}
        rows={rows}
        lang={lang}
        key={asString(field.value)}
        defaultValue={asString(field.value)}
        required={required}
        aria-required={required || undefined}
        className={`w-full border-2 px-2 py-1.5 ${borderClass(field)}`}
      />
    </FieldFrame>
  );
}
