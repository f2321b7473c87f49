"use client";

import { SelectOptions, type Option } from "@/components/ui/select-options";
import { asString, useField } from "./form-context";
import { borderClass, controlAttributes, FieldFrame } from "./field-frame";

export type { Option };
export type OptionGroup = { label: string; options: Option[] };

type Props = {
  name: string;
  label: string;
  hint?: string;
  /** plain options, or `groups` for <optgroup>s */
  options?: Option[];
  groups?: OptionGroup[];
  required?: boolean;
  emptyLabel?: string;
  /** Tailwind width class */
  width?: string;
};

export function SelectField({ name, label, hint, options = [], groups, required, emptyLabel, width = "max-w-full" }: Props) {
  const field = useField(name);
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <select
        {...controlAttributes(name, field, hint)}
        key={asString(field.value)}
        defaultValue={asString(field.value)}
        required={required}
        aria-required={required || undefined}
        className={`${width} border-2 bg-white px-2 py-1.5 ${borderClass(field)}`}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {groups
          ? groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                <SelectOptions options={group.options} />
              </optgroup>
            ))
          : <SelectOptions options={options} />}
      </select>
    </FieldFrame>
  );
}
