"use client";

import type { FilterGroup } from "./filter-form";

// A client component only so that the flight payload carries the filter options as data: a list's
// forty options would otherwise travel twice, as HTML and as their element tree (docs/architecture.md,
// "Page weight"). No state, no effects: a plain part of the GET form.
export function FacetFieldsets({ groups }: { groups: FilterGroup[] }) {
  return groups.map((group) => (
    <fieldset key={group.param} className="space-y-1">
      <legend className="mb-1 font-semibold">{group.legend}</legend>
      {group.options.map((option) => {
        const id = `f-${group.param}-${option.value}`;
        return (
          <div key={option.value} className="option">
            <input id={id} type="checkbox" name={group.param} value={option.value} defaultChecked={option.checked} />
            <label htmlFor={id}>
              {group.lang ? <span lang={group.lang}>{option.label}</span> : option.label}{" "}
              <span className="text-muted">{`(${option.count})`}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  ));
}
