import type { RawSearchParams } from "./params";

/** A link to the same list with some parameters replaced (undefined removes them). */
export function hrefWith(pathname: string, raw: RawSearchParams, changes: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  const merged: RawSearchParams = { ...raw, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") params.append(key, v);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The list without one value of a repeated parameter; also resets the page. */
export function hrefWithout(pathname: string, raw: RawSearchParams, key: string, value: string): string {
  const current = raw[key];
  const values = (Array.isArray(current) ? current : current ? [current] : []).filter((v) => v !== value);
  return hrefWith(pathname, raw, { [key]: values, seite: undefined });
}
