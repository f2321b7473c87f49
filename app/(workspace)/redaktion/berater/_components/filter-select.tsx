type Props = {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string | null;
  options: { value: string; label: string }[];
};

/** One select of an editor list's GET filter form (advisor and provider lists). */
export function FilterSelect({ id, name, label, allLabel, value, options }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="max-w-xs border-2 border-ink bg-white px-2 py-1.5">
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
