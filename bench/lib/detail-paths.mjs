// Links to entries on a list page: <list>/<slug>, without the list's own sub-pages (the provider
// sign-up, the event archive), whose paths look the same.
const NOT_ENTRIES = new Set(["eintragen", "archiv"]);

/** Every entry path linked from a list page's HTML, in page order. */
export function detailPaths(html, listPath) {
  return [...html.matchAll(new RegExp(`href="(${listPath}/([a-z0-9-]+))"`, "g"))].filter((m) => !NOT_ENTRIES.has(m[2])).map((m) => m[1]);
}

/** The first entry linked from a list page. */
export async function firstDetailPath(base, listPath) {
  const path = detailPaths(await (await fetch(`${base}${listPath}`)).text(), listPath)[0];
  if (!path) throw new Error(`no detail link on ${listPath}`);
  return path;
}
