// Where the hostile inputs go: every query parameter of the public pages and the open API
// (lib/listing, lib/*/listing.ts, lib/search/query-params.ts), path segments, and the editor lists.

export type QueryTarget = { path: string; params: readonly string[]; signedIn?: boolean };

const PROGRAMME_FACETS = ["foerderart", "zielgruppe", "thema", "gebiet", "ebene", "status"];
const ADVISOR_FACETS = ["thema", "gebiet", "organisation", "beratungsform"];
const PROVIDER_FACETS = ["leistung", "branche", "gebiet", "groesse"];

export const QUERY_TARGETS: readonly QueryTarget[] = [
  { path: "/", params: ["q", "seite"] },
  { path: "/foerderprogramme", params: ["q", ...PROGRAMME_FACETS, "sortierung", "seite"] },
  { path: "/berater", params: ["q", ...ADVISOR_FACETS, "sortierung", "seite"] },
  { path: "/dienstleister", params: ["q", ...PROVIDER_FACETS, "sortierung", "seite"] },
  { path: "/suche", params: ["q", "typ", ...new Set([...PROGRAMME_FACETS, ...ADVISOR_FACETS, ...PROVIDER_FACETS]), "sortierung", "seite"] },
  { path: "/suche?typ=foerderprogramme", params: ["q", ...PROGRAMME_FACETS, "sortierung", "seite"] },
  { path: "/api/v1/search", params: ["q", "typ", "status", "sortierung", "seite", "limit", "vorschlaege"] },
  { path: "/api/v1/search?typ=dienstleister", params: ["q", ...PROVIDER_FACETS, "limit"] },
  { path: "/anmelden", params: ["weiter", "abgemeldet", "passwort"] },
  { path: "/passwort-vergessen", params: ["email", "gesendet"] },
  { path: "/dienstleister/eintragen", params: ["q"] },
];

/** Paths whose last segment is a slug or token: the input replaces it (percent-encoded). */
export const PATH_TARGETS: readonly string[] = [
  "/foerderprogramme/",
  "/berater/",
  "/dienstleister/",
  "/passwort-neu/",
  "/einladung/",
  "/dienstleister/eintragen/bestaetigen/",
  "/api/v1/",
];

export const EDITOR_QUERY_TARGETS: readonly QueryTarget[] = [
  { path: "/redaktion/foerderprogramme", params: ["q", "status", "sortierung", "seite"], signedIn: true },
  { path: "/redaktion/berater", params: ["q", "seite"], signedIn: true },
  { path: "/redaktion/dienstleister", params: ["q", "seite"], signedIn: true },
  { path: "/redaktion/import", params: ["fehler"], signedIn: true },
  { path: "/redaktion/export/foerderprogramme", params: ["format", "q", "status"], signedIn: true },
];
