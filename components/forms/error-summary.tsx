"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { fieldId } from "./form-context";
import { useFormMessage, useFormText } from "./form-texts";

const TITLE_PREFIX = "Fehler: ";

export function ErrorSummary({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const text = useFormText();
  const message = useFormMessage();
  const ref = useRef<HTMLDivElement>(null);
  // An error state without a message only carries values back (e.g. "Weitere Zeilen" re-renders the form).
  const hasErrors = state.status === "error" && Boolean(state.formError || state.conflict || Object.keys(state.fieldErrors ?? {}).length);

  // GOV.UK: focus the summary and prefix the page title, so screen reader users learn of the problem.
  useEffect(() => {
    const base = document.title.startsWith(TITLE_PREFIX) ? document.title.slice(TITLE_PREFIX.length) : document.title;
    document.title = hasErrors ? `${TITLE_PREFIX}${base}` : base;
    if (hasErrors) ref.current?.focus();
  }, [state, hasErrors]);

  if (state.status !== "error" || !hasErrors) return null;
  const fieldErrors = Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors.length > 0);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="fehler-titel" className="mb-6 border-4 border-closed p-4 focus:outline-none">
      <h2 id="fehler-titel" className="text-xl font-bold">
        {text("editor.form.errorSummaryHeading")}
      </h2>
      {state.formError && (fieldErrors.length === 0 || state.formError !== "errors.invalid") && (
        <p className="mt-2">{message(state.formError)}</p>
      )}
      {fieldErrors.length > 0 && (
        <ul className="mt-2 list-none space-y-1">
          {fieldErrors.map(([name, errors]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`} className="font-bold text-closed">
                {labels[name] ? `${labels[name]}: ` : ""}
                {errors.map(message).join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
