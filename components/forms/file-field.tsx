"use client";

import { useField } from "./form-context";
import { borderClass, controlAttributes, FieldFrame } from "./field-frame";

type Props = { name: string; label: string; hint?: string; accept?: string };

/** A file input with label, hint and its error message next to it (a refused file is never kept: the user picks again). */
export function FileField({ name, label, hint, accept }: Props) {
  const field = useField(name);
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <input
        {...controlAttributes(name, field, hint)}
        type="file"
        accept={accept}
        required
        aria-required
        className={`block w-full max-w-md border-2 bg-white px-2 py-1.5 ${borderClass(field)}`}
      />
    </FieldFrame>
  );
}
