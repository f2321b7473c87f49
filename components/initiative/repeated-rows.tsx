"use client";

import { useContext } from "react";
import { FormContext } from "@/components/forms/form-context";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { rowCount, rowsField, type RowListName } from "@/lib/initiative/row-count";

export type RowFieldSpec = { field: string; kind: "text" | "date" | "url" | "textarea" | "select"; required?: boolean; options?: Option[]; emptyLabel?: string };

type Props = {
  list: RowListName;
  max: number;
  fields: RowFieldSpec[];
  /** field name → label, including "<list>.<n>.<field>" for every row */
  labels: Record<string, string>;
  /** legend per row, "{number}" replaced by the row's number */
  legend: string;
  moreLabel: string;
};

/**
 * Repeated fieldsets ("milestones.2.title") that work without JavaScript: the saved or sent rows
 * plus empty ones; "Weitere Zeilen" is a submit the action answers with the same values and more
 * rows (the hidden count). Empty rows are ignored by the schema.
 */
export function RepeatedRows({ list, max, fields, labels, legend, moreLabel }: Props) {
  const { state, defaults } = useContext(FormContext);
  const values = state.status === "error" && state.values ? state.values : defaults;
  const count = rowCount(values, list, max);
  return (
    <>
      <input type="hidden" name={rowsField(list)} value={String(count)} />
      <ol className="space-y-4">
        {Array.from({ length: count }, (_, index) => (
          <li key={index}>
            <fieldset className="space-y-3 border-2 border-line p-4">
              <legend className="px-1 text-lg font-bold">{legend.replace("{number}", String(index + 1))}</legend>
              {fields.map(({ field, kind, required, options, emptyLabel }) => {
                const name = `${list}.${index}.${field}`;
                const label = labels[name] ?? field;
                if (kind === "textarea") return <TextareaField key={name} name={name} label={label} rows={2} />;
                if (kind === "select") return <SelectField key={name} name={name} label={label} options={options} emptyLabel={emptyLabel} />;
                return <TextField key={name} name={name} label={label} type={kind === "url" ? "url" : kind === "date" ? "date" : "text"} required={required} width={kind === "date" ? "w-48 max-w-full" : "w-full"} />;
              })}
            </fieldset>
          </li>
        ))}
      </ol>
      {count < max && (
        <SubmitButton variant="secondary" name="weitereZeilen" value={list}>
          {moreLabel}
        </SubmitButton>
      )}
    </>
  );
}
