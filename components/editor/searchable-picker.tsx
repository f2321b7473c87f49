"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { asArray, useField } from "@/components/forms/form-context";
import { describedBy, FieldError, FieldHint } from "@/components/forms/field-message";

export type PickerOption = { value: string; label: string; hint?: string };

type Props = { name: string; legend: string; hint?: string; options: PickerOption[] };

const normalize = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss");

/**
 * A checkbox list with a text filter for long lists (advisors, organisations, topics, regions).
 * Without JavaScript every option is shown and the filter box is absent; with it, typing hides
 * the options that do not match (checked ones stay visible, and hidden boxes are still sent).
 */
export function SearchablePicker(props: Props) {
  const field = useField(props.name);
  const initial = asArray(field.value);
  // A refused save or a fresh entry brings new checked values: start the list over from them.
  return <PickerBody key={initial.join(",")} {...props} field={field} initial={initial} />;
}

const noSubscription = () => () => {};

function PickerBody({ name, legend, hint, options, field, initial }: Props & { field: ReturnType<typeof useField>; initial: string[] }) {
  const t = useTranslations("editor.picker");
  const invalid = field.errors.length > 0;
  const [checked, setChecked] = useState(() => new Set(initial));
  const [filter, setFilter] = useState("");
  // false on the server and in the no-JS page: the filter box only appears where it works.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);

  const needle = normalize(filter.trim());
  const visible = (option: PickerOption) =>
    !needle || checked.has(option.value) || normalize(`${option.label} ${option.hint ?? ""}`).includes(needle);
  const visibleCount = options.filter(visible).length;
  const filterId = `${field.id}-filter`;

  return (
    <fieldset
      id={field.id}
      tabIndex={-1}
      className={`space-y-2 ${invalid ? "border-l-4 border-closed pl-3" : ""}`}
      aria-describedby={describedBy(hint && field.hintId, invalid && field.errorId)}
    >
      <legend className="font-semibold">{legend}</legend>
      <FieldHint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} errors={field.errors} />
      <input type="hidden" name={name} value="" />
      {enhanced && (
        <div className="space-y-1">
          <label htmlFor={filterId} className="block text-sm font-semibold">
            {t("filterLabel", { legend })}
          </label>
          <p id={`${filterId}-hint`} className="text-sm text-muted">
            {t("filterHint")}
          </p>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            aria-describedby={`${filterId}-hint ${filterId}-status`}
            className="w-full max-w-md border-2 border-ink px-2 py-1"
            autoComplete="off"
          />
          <p id={`${filterId}-status`} role="status" className="text-sm">
            {t("visibleCount", { count: visibleCount })} · {t("selectedCount", { count: checked.size })}
          </p>
        </div>
      )}
      <div className="max-h-80 space-y-1 overflow-y-auto border border-line p-2">
        {options.map((option) => {
          const id = `${field.id}-${option.value}`;
          return (
            <div key={option.value} className="option" hidden={!visible(option)}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={initial.includes(option.value)}
                onChange={(event) => {
                  const next = new Set(checked);
                  if (event.target.checked) next.add(option.value);
                  else next.delete(option.value);
                  setChecked(next);
                }}
              />
              <label htmlFor={id}>
                {option.label}
                {option.hint && <span className="block text-sm text-muted">{option.hint}</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
