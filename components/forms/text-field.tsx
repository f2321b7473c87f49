"use client";

import { asString, useField } from "./form-context";
import { borderClass, controlAttributes, FieldFrame } from "./field-frame";

type Props = {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "url" | "tel" | "number" | "date" | "datetime-local" | "password";
  required?: boolean;
  autoComplete?: string;
  /** Tailwind width class; full width by default */
  width?: string;
  inputMode?: "numeric" | "decimal" | "text" | "email" | "url" | "tel";
  /** The language of what is typed, when it is not the page's (a French translation). */
  lang?: string;
};

export function TextField({ name, label, hint, type = "text", required, autoComplete, width = "w-full", inputMode, lang }: Props) {
  const field = useField(name);
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <input
        {...controlAttributes(name, field, hint)}
        type={type}
        // keyed by the value so a refused save shows exactly what was sent
        key={asString(field.value)}
        defaultValue={type === "password" ? undefined : asString(field.value)}
        required={required}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        lang={lang}
        className={`${width} border-2 px-2 py-1.5 ${borderClass(field)}`}
      />
    </FieldFrame>
  );
}
