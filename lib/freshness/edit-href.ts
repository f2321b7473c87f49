// Where an editor acts on an entity of a given audit/entity type. Kept in one place so the
// dashboard and the change log link the same way; types without an edit page get no link.
const EDIT_PATHS: Record<string, string> = {
  programme: "/redaktion/foerderprogramme",
  advisor: "/redaktion/berater",
  provider: "/redaktion/dienstleister",
  event: "/redaktion/veranstaltungen",
  initiative: "/redaktion/initiativen",
  news: "/redaktion/aktuelles",
  organisation: "/redaktion/organisationen",
  topic: "/redaktion/themen/thema",
  synonymGroup: "/redaktion/themen/synonyme",
  user: "/redaktion/benutzer",
};

export function editHref(entityType: string, entityId: string): string | null {
  const base = EDIT_PATHS[entityType];
  return base ? `${base}/${encodeURIComponent(entityId)}` : null;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
