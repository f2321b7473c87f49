import catalogue from "@/messages/de/facets.json";

// German labels of facet values, read from the message catalogue (the one place they are
// written), so a query for "Zuschuss", "Handwerksbetriebe" or "Per Video" finds entries tagged
// with that value even when their text never says so.

type Section = Exclude<keyof typeof catalogue, "sort">;

export function facetLabel(section: Section, value: string): string | null {
  const labels = catalogue[section] as Record<string, string>;
  return value in labels && value !== "label" ? labels[value]! : null;
}

export function facetLabels(section: Section, values: readonly string[]): string[] {
  return values.map((value) => facetLabel(section, value)).filter((label): label is string => label !== null);
}

/** Words people use for the kind of entry: "Förderprogramm Handwerk" should prefer programmes. */
export const TYPE_KEYWORDS = {
  programme: ["Förderprogramm", "Förderung"],
  advisor: ["Beratung", "Ansprechpartner"],
  provider: ["Dienstleister", "Anbieter"],
  event: ["Veranstaltung", "Termin"],
  initiative: ["Initiative", "Projekt", "Modellregion"],
  news: ["Aktuelles", "Meldung", "Neuigkeiten"],
} as const;
