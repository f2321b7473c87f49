"use client";

import { asString, useField } from "@/components/forms/form-context";
import { describedBy, FieldError, FieldHint } from "@/components/forms/field-message";

export type TargetGroup = { label: string; options: { value: string; label: string }[] };

/** A native select with one group per entry type; typing while it is focused jumps to a name. */
export function TargetSelect({ name, label, hint, emptyLabel, groups }: { name: string; label: string; hint: string; emptyLabel: string; groups: TargetGroup[] }) {
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
        required
        aria-required
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(field.hintId, invalid && field.errorId)}
        className={`w-full max-w-xl border-2 bg-white px-2 py-1.5 ${invalid ? "border-closed" : "border-ink"}`}
      >
        <option value="">{emptyLabel}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
