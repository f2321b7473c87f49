import type { SearchDocType } from "../types";

/**
 * Facet keys per type: the list pages' URL parameters (lib/{programme,advisor,provider}/listing.ts), so a search link can
 * carry the same filters. "status" is not stored: engines derive it from the dates at query time.
 */
export const FACET_KEYS_BY_TYPE: Record<SearchDocType, readonly string[]> = {
  programme: ["foerderart", "zielgruppe", "thema", "gebiet", "ebene"],
  advisor: ["thema", "gebiet", "organisation", "beratungsform"],
  provider: ["leistung", "branche", "gebiet", "groesse"],
};

/** Every stored facet key; filters on other keys are ignored, like unknown URL parameters. */
export const SEARCH_FACET_KEYS: readonly string[] = [...new Set(Object.values(FACET_KEYS_BY_TYPE).flat())];

/** The derived facet: programme status relative to the query's `today`. */
export const STATUS_FACET_KEY = "status";
