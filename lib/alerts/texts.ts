import { catalogueTranslators, fullKeyCatalogueTranslators } from "@/lib/i18n/catalogue-translators";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import deAlerts from "@/messages/de/alerts.json";
import enAlerts from "@/messages/en/alerts.json";
import frAlerts from "@/messages/fr/alerts.json";
import deFacets from "@/messages/de/facets.json";
import enFacets from "@/messages/en/facets.json";
import frFacets from "@/messages/fr/facets.json";

// Texts the alert services need outside a page (mails, labels in the worker), in the subscriber's
// language (lib/i18n/catalogue-translators.ts). The facet translator takes whole keys
// ("facets.fundingType.label"): lib/facets/registry.ts writes them in that form.
const ALERTS = catalogueTranslators("alerts", { de: deAlerts, fr: frAlerts, en: enAlerts });
const FACETS = fullKeyCatalogueTranslators("facets", { de: deFacets, fr: frFacets, en: enFacets });

const texts = (locale: Locale) => ({ alert: ALERTS[locale], facet: FACETS[locale] });
const TEXTS: Record<Locale, ReturnType<typeof texts>> = { de: texts("de"), fr: texts("fr"), en: texts("en") };

/** The alert and facet texts in `locale`. */
export const alertTexts = (locale: Locale = DEFAULT_LOCALE) => TEXTS[locale];
