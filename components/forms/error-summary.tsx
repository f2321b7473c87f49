"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { fieldId } from "./form-context";
import { useFormMessage, useFormText } from "./form-texts";

type Props = {
  state: FormState;
  labels: Record<string, string>;
  /** The fields in the order the form shows them: the summary lists their messages in this order. */
  fieldOrder?: readonly string[];
  /**
   * The page's whole title, when the form renders the page's <title> itself (the page's metadata
   * has none): then the "Fehler: " prefix is in the server's HTML too, not only set by script.
   */
  pageTitle?: string;
};

export function ErrorSummary({ state, labels, fieldOrder, pageTitle }: Props) {
  const text = useFormText();
  const message = useFormMessage();
  // "Fehler: ", "Erreur : ", "Error: ": the catalogue's prefix of the field messages, in the page's language.
  const titlePrefix = `${text("editor.form.errorPrefix")} `;
  const ref = useRef<HTMLDivElement>(null);
  // An error state without a message only carries values back (e.g. "Weitere Zeilen" re-renders the form).
  const hasErrors = state.status === "error" && Boolean(state.formError || state.conflict || Object.keys(state.fieldErrors ?? {}).length);

  // GOV.UK: focus the summary and prefix the page title, so screen reader users learn of the problem.
  // After a send without JavaScript the server's HTML does both (autoFocus, <title> below); this
  // covers the sends with JavaScript, where React leaves autoFocus on a <div> alone.
  useEffect(() => {
    if (pageTitle === undefined) {
      const base = document.title.startsWith(titlePrefix) ? document.title.slice(titlePrefix.length) : document.title;
      document.title = hasErrors ? `${titlePrefix}${base}` : base;
    }
    // Not again when the browser's autofocus has already put it there.
    if (hasErrors && document.activeElement !== ref.current) ref.current?.focus();
  }, [state, hasErrors, pageTitle, titlePrefix]);

  // React hoists the <title> into <head>, on the server as in the browser.
  const title = pageTitle === undefined ? null : <title>{hasErrors ? `${titlePrefix}${pageTitle}` : pageTitle}</title>;
  if (state.status !== "error" || !hasErrors) return title;
  const fieldErrors = inOrder(
    Object.entries(state.fieldErrors ?? {}).filter(([, errors]) => errors.length > 0),
    fieldOrder,
  );
  return (
    <>
      {title}
      <div
        ref={ref}
        tabIndex={-1}
        // Rendered by the server only after a send without JavaScript: the browser focuses it on load.
        autoFocus
        role="alert"
        aria-labelledby="fehler-titel"
        className="mb-6 border-4 border-closed p-4 focus:outline-none"
      >
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
                  {labels[name] ? `${labels[name]}${text("editor.form.labelSeparator")}` : ""}
                  {errors.map(message).join(" ")}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** The messages in the form's order; fields the order does not name keep theirs, after the others. */
function inOrder<T>(entries: [string, T][], order?: readonly string[]): [string, T][] {
  if (!order) return entries;
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  // Array.prototype.sort is stable: equal ranks keep the action's order.
  return [...entries].sort(([a], [b]) => rank(a) - rank(b));
}
