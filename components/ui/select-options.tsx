export type Option = { value: string; label: string };

/** The <option>s of a select, one per value. */
export function SelectOptions({ options }: { options: Option[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
