import { dataSourceOf, facetIdsOf, legendKey, registryOptions, FACETS } from "@/lib/facets/registry";
import type { FacetOption } from "@/lib/listing/facet-data";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { alertTexts } from "./texts";

/** The names of the data facets' values (topics, Kreise), by slug. */
export type AlertFacetNames = { topics: readonly FacetOption[]; kreise: readonly FacetOption[] };

/**
 * An alert's filters in `locale`, in the list's facet order, e.g. "Förderart: Zuschuss · Themenfeld:
 * Digitalisierung · Suchbegriff: „KI“". The query is the canonical one stored with the alert, so
 * values nobody can choose any more (a deleted topic) show as their slug rather than vanish.
 */
export function describeAlertQuery(query: string, names: AlertFacetNames, locale: Locale = DEFAULT_LOCALE): string {
  const { alert: alertText, facet: facetText } = alertTexts(locale);
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  const parts: string[] = [];
  for (const id of facetIdsOf("programme")) {
    const values = params.getAll(FACETS[id].param);
    if (values.length === 0) continue;
    const source = dataSourceOf(id);
    const options = source
      ? (names[source as keyof AlertFacetNames] ?? []).map((o) => ({ value: o.slug, label: o.name }))
      : registryOptions(id).map((o) => ({ value: o.value, label: facetText(o.labelKey as never) }));
    // The stored query is sorted by slug; the label lists values in the list's own order
    // ("Jetzt beantragbar, Demnächst beantragbar"), unknown ones last.
    const rank = (v: string) => {
      const index = options.findIndex((o) => o.value === v);
      return index < 0 ? options.length : index;
    };
    const labels = [...values].sort((a, b) => rank(a) - rank(b)).map((v) => options.find((o) => o.value === v)?.label ?? v);
    parts.push(alertText("label.facet", { legend: facetText(legendKey(id, "programme") as never), values: labels.join(", ") }));
  }
  const q = params.get("q");
  if (q) parts.push(alertText("label.q", { q }));
  return parts.length ? parts.join(alertText("label.separator")) : alertText("label.all");
}
