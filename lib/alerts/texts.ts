import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import deAlerts from "@/messages/de/alerts.json";
import enAlerts from "@/messages/en/alerts.json";
import frAlerts from "@/messages/fr/alerts.json";
import deFacets from "@/messages/de/facets.json";
import enFacets from "@/messages/en/facets.json";
import frFacets from "@/messages/fr/facets.json";

// Texts the alert services need outside a page (mails, labels in the worker), in the subscriber's
// language. A translator over the catalogue files works the same in a request, in the worker and
// in the tests. From use-intl's core (next-intl's own base), not next-intl: the worker runs with
// the react-server condition, under which next-intl's entry loads React hooks that do not exist there.
const translators = (locale: Locale, alerts: typeof deAlerts, facets: typeof deFacets) => ({
  alert: createTranslator({ locale, messages: { alerts }, namespace: "alerts" }),
  facet: createTranslator({ locale, messages: { facets } }),
});

const TEXTS: Record<Locale, ReturnType<typeof translators>> = {
  de: translators("de", deAlerts, deFacets),
  fr: translators("fr", frAlerts, frFacets),
  en: translators("en", enAlerts, enFacets),
};

/** The alert and facet texts in `locale`. */
export const alertTexts = (locale: Locale = DEFAULT_LOCALE) => TEXTS[locale];
