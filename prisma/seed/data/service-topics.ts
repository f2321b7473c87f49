import type { ServiceCategory } from "@/lib/db/enums";
import type { TopicSlug } from "./types";

// Which Themenfelder fund each Leistung: the demo's starting point, which editors then maintain at
// /redaktion/themen/zuordnungen. Every Leistung names at least one Themenfeld, so every published
// provider's page can point to programmes.
export const serviceTopics: Record<ServiceCategory, TopicSlug[]> = {
  WEBSITE_SHOP: ["digitaler-wandel-wirtschaft"],
  SOFTWARE: ["digitaler-wandel-wirtschaft", "innovation-forschung"],
  ERP_PROZESSE: ["digitaler-wandel-wirtschaft"],
  CLOUD_INFRASTRUKTUR: ["infrastruktur-technologie", "digitaler-wandel-wirtschaft"],
  IT_SICHERHEIT: ["infrastruktur-technologie", "digitaler-wandel-wirtschaft"],
  DATEN_KI: ["ki-innovation"],
  ONLINE_MARKETING: ["digitaler-wandel-wirtschaft"],
  IOT_INDUSTRIE: ["infrastruktur-technologie", "innovation-forschung"],
  SCHULUNG: ["bildung-kompetenz"],
  BERATUNG: ["digitaler-wandel-wirtschaft", "ki-innovation"],
};
