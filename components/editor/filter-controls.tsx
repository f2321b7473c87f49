import { SelectOptions, type Option } from "@/components/ui/select-options";

type SelectProps = {
  id: string;
  name: string;
  label: string;
  /** the empty first option ("all"); without it a value is always chosen (e.g. the sort order) */
  allLabel?: string;
  value: string | null;
  options: Option[];
};

/** One select of an editor list's GET filter form. */
export function FilterSelect({ id, name, label, allLabel, value, options }: SelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="max-w-xs border-2 border-ink bg-white px-2 py-1.5">
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

type CheckboxProps = { id: string; name: string; value: string; label: string; checked: boolean };

/** An on/off filter of an editor list (sends `name=value` when ticked). */
export function FilterCheckbox({ id, name, value, label, checked }: CheckboxProps) {
  return (
    <div className="flex items-center gap-2 self-center pt-5">
      <input id={id} name={name} type="checkbox" value={value} defaultChecked={checked} className="size-5 accent-brand-700" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
