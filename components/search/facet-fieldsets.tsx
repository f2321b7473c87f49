"use client";

import type { FacetGroupData } from "./facet-data";

// A client component only so that the flight payload carries the filter options as data: a list's
// forty options would otherwise travel twice, as HTML and as their element tree (docs/architecture.md,
// "Page weight"). No state, no effects: a plain part of the GET form. Each checkbox sits inside its
// label (no ids to pair), which also makes the whole line the click target.
export function FacetFieldsets({ groups }: { groups: FacetGroupData[] }) {
  return groups.map(({ param, legend, lang, options, checked }) => (
    <fieldset key={param} className="facet">
      <legend>{legend}</legend>
      {options.map(([value, label, count]) => (
        <label key={value} className="choice">
          <input type="checkbox" name={param} value={value} defaultChecked={checked?.includes(value)} />
          {lang ? (
            <>
              <span lang={lang}>{label}</span>{" "}
            </>
          ) : (
            `${label} `
          )}
          <span>{`(${count})`}</span>
        </label>
      ))}
    </fieldset>
  ));
}
