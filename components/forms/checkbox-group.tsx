"use client";

import { asArray, useField } from "./form-context";
import { describedBy, FieldError, FieldHint } from "./field-message";
import type { Option } from "./select-field";

type Props = { name: string; legend: string; hint?: string; options: Option[]; columns?: boolean };

// Several values under one name; FormData sends each checked box, formValues() makes it an array.
export function CheckboxGroup({ name, legend, hint, options, columns }: Props) {
  const field = useField(name);
  const invalid = field.errors.length > 0;
  const checked = new Set(asArray(field.value));
  return (
    <fieldset
      // the error summary links here (#feld-…): a fieldset can take focus only with tabIndex
      id={field.id}
      tabIndex={-1}
      className={`space-y-1 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}
      aria-describedby={describedBy(hint && field.hintId, invalid && field.errorId)}
    >
      <legend className="font-semibold">{legend}</legend>
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
      {/* An empty marker so "none checked" reaches the server as an empty list, not as "unchanged". */}
      <input type="hidden" name={name} value="" />
      <div className={columns ? "grid gap-1 sm:grid-cols-2" : "space-y-1"} key={[...checked].join(",")}>
        {options.map((option) => {
          const id = `${field.id}-${option.value}`;
          return (
            <div key={option.value} className="option">
              <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={checked.has(option.value)} />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
