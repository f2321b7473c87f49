"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { IDLE } from "@/lib/actions/form-state";
import type { BulkAction, BulkFormState } from "@/lib/content/bulk-request";
import { describedBy, FieldError } from "@/components/forms/field-message";
import { useFormMessage } from "@/components/forms/form-texts";
import { SubmitButton } from "@/components/forms/submit-button";
import { BulkSummaryView } from "./bulk-summary";

type Props = {
  action: (state: BulkFormState, formData: FormData) => Promise<BulkFormState>;
  /** the actions this account may start on the list's type */
  actions: BulkAction[];
  /** entries of the whole filtered list */
  total: number;
  limit: number;
  /** the list's filters as a query string: "all" is re-read on the server with them */
  filters: string;
  /** the list's address; entries link to `${base}/<id>` */
  base: string;
  /** the table with a BulkCheckbox per row */
  children: ReactNode;
};

// The checked rows after a refused post, so a missing action does not cost the selection.
const Checked = createContext<ReadonlySet<string>>(new Set());

const valuesOf = (state: BulkFormState, key: string): string[] => {
  if (state.status !== "error") return [];
  const value = state.values?.[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/** A form around an editor list's table: check rows (or take the whole filtered list) and run one step on them. */
export function BulkForm({ action, actions, total, limit, filters, base, children }: Props) {
  const [state, formAction] = useActionState(action, IDLE as BulkFormState);
  const t = useTranslations("editorBulk");
  const message = useFormMessage();
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const scope = valuesOf(state, "scope")[0] ?? "selected";
  const chosen = valuesOf(state, "bulkAction")[0] ?? "";
  const summary = state.status === "done" && <BulkSummaryView summary={state.summary} base={base} />;
  // An empty list (e.g. every draft just published) keeps the summary but offers nothing to run.
  if (total === 0) {
    return (
      <>
        {summary}
        {children}
      </>
    );
  }
  return (
    <>
      {summary}
      <form action={formAction} className="mt-6">
        <input type="hidden" name="filters" value={filters} />
        <fieldset className="border-2 border-line p-4" aria-describedby="bulk-hint">
          <legend className="px-1 text-lg font-semibold">{t("legend")}</legend>
          <p id="bulk-hint" className="text-sm text-muted">
            {t("intro")} {t("limitHint", { limit })}
          </p>
          {state.status === "error" && (
            <p role="alert" className="mt-2 border-l-4 border-closed pl-3 font-bold text-closed">
              {message(state.formError ?? "errors.unexpected")}
            </p>
          )}
          <fieldset className="mt-3" aria-describedby={describedBy(fieldErrors.entries && "bulk-entries-error")}>
            <legend className="font-semibold">{t("scopeLegend")}</legend>
            <FieldError id="bulk-entries-error" errors={fieldErrors.entries ?? []} />
            <label className="mt-1 flex items-center gap-2">
              <input type="radio" name="scope" value="selected" defaultChecked={scope !== "all"} />
              {t("scopeSelected")}
            </label>
            <label className="mt-1 flex items-center gap-2">
              <input type="radio" name="scope" value="all" defaultChecked={scope === "all"} />
              {t("scopeAll", { count: total })}
            </label>
          </fieldset>
          <div className="mt-3 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="bulk-action" className="block font-semibold">
                {t("actionLabel")}
              </label>
              <FieldError id="bulk-action-error" errors={fieldErrors.bulkAction ?? []} />
              <select
                id="bulk-action"
                name="bulkAction"
                defaultValue={chosen}
                aria-invalid={fieldErrors.bulkAction ? true : undefined}
                aria-describedby={describedBy(fieldErrors.bulkAction && "bulk-action-error")}
                className="mt-1 border-2 border-ink bg-white p-2"
              >
                <option value="">{t("chooseAction")}</option>
                {actions.map((value) => (
                  <option key={value} value={value}>
                    {t(`actions.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton>{t("run")}</SubmitButton>
          </div>
        </fieldset>
        <Checked.Provider value={new Set(valuesOf(state, "entries"))}>{children}</Checked.Provider>
      </form>
    </>
  );
}

/** A row's checkbox; its label names the entry (visually the row header does). */
export function BulkCheckbox({ id, value, label }: { id: string; value: string; label: string }) {
  const checked = useContext(Checked);
  return (
    <>
      <input type="checkbox" id={id} name="entries" value={value} defaultChecked={checked.has(value)} className="h-5 w-5" />
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
    </>
  );
}
