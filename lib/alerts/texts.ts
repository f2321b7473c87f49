import { createTranslator } from "use-intl/core";
import alertMessages from "@/messages/de/alerts.json";
import facetMessages from "@/messages/de/facets.json";

// Texts the alert services need outside a page (mails, labels in the worker). A translator over
// the catalogue files works the same in a request, in the worker and in the tests. From use-intl's
// core (next-intl's own base), not next-intl: the worker runs with the react-server condition,
// under which next-intl's entry loads React hooks that do not exist there.
export const alertText = createTranslator({ locale: "de", messages: { alerts: alertMessages }, namespace: "alerts" });
export const facetText = createTranslator({ locale: "de", messages: { facets: facetMessages } });
