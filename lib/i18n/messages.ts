import type { Locale } from "./config";

// One JSON file per namespace keeps the catalogue easy to translate and to edit in parallel.
export const NAMESPACES = [
  "common", "facets", "home", "programmes", "advisors", "providers", "legal", "search", "deadlines", "foerderCheck", "alerts",
  // signed-in areas (one file per area, so several people can work on them at once)
  "editor", "editorBulk", "auth", "account", "programmeEditor", "directoryEditor", "importExport", "editorOverview", "selfService", "signup",
  // refusals proxy.ts answers (lib/security/request-guard.ts) and the refusal log (lib/security-log)
  "security",
  // the open data API's problem texts and the /daten page
  "openData",
  // the Themenfeld pages (/themen)
  "topics",
  // Veranstaltungen: the public pages and the editor area
  "events", "eventEditor",
  // Initiativen (issue 19): the public pages and the editor area
  "initiatives", "initiativeEditor",
  // the Modellregion's roadmap (/modellregion)
  "roadmap",
  // Aktuelles (issue 19): the public pages and the editor area
  "news", "newsEditor",
  // the 500 page's texts alone: the error boundaries are client components on every page and
  // import their texts directly, so they must not carry the whole common catalogue
  "serverError",
] as const;

export async function loadMessages(locale: Locale) {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
