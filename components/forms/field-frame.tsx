"use client";

import type { useField } from "./form-context";
import { describedBy, FieldError, FieldHint } from "./field-message";

type Field = ReturnType<typeof useField>;

type FrameProps = {
  field: Field;
  label: string;
  hint?: string;
  children: React.ReactNode;
  /** False when the control is no form element (the rich-text editor): it names itself by labelId. */
  labelable?: boolean;
};

export const labelId = (field: Field) => `${field.id}-beschriftung`;

/** Label, hint and error message around one control, GOV.UK style (red bar when invalid). */
export function FieldFrame({ field, label, hint, children, labelable = true }: FrameProps) {
  const invalid = field.errors.length > 0;
  return (
    <div className={`space-y-1 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}>
      <label id={labelId(field)} htmlFor={labelable ? field.id : undefined} className="block font-semibold">
        {label}
      </label>
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
      {children}
    </div>
  );
}

/** The attributes a control needs to belong to its label, hint and error message. */
export function controlAttributes(name: string, field: Field, hint?: string) {
  const invalid = field.errors.length > 0;
  return {
    id: field.id,
    name,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(hint && field.hintId, invalid && field.errorId),
  };
}

export const borderClass = (field: Field) => (field.errors.length > 0 ? "border-closed" : "border-ink");
