"use client";

import { asString, useField } from "./form-context";
import { describedBy, FieldError } from "./field-message";

type Props = { heading: string; label: string; children?: React.ReactNode };

/**
 * The consent box of the public forms (field "consent", value "ja"), its message inside the
 * fieldset; children go below the box (the privacy link, rendered on the server). The message
 * describes the box itself (aria-describedby), not the fieldset: the error summary's link focuses
 * the box, and a description on both would be read twice.
 */
export function ConsentField({ heading, label, children }: Props) {
  const field = useField("consent");
  const invalid = field.errors.length > 0;
  return (
    <fieldset className={`space-y-2 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}>
      <legend className="text-xl font-bold">{heading}</legend>
      <FieldError id={field.errorId} errors={field.errors} />
      <div className="option">
        <input
          id={field.id}
          type="checkbox"
          name="consent"
          value="ja"
          key={asString(field.value)}
          defaultChecked={asString(field.value) === "ja"}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(invalid && field.errorId)}
        />
        <label htmlFor={field.id}>
          {label}
        </label>
      </div>
      {children}
    </fieldset>
  );
}
