import { createTranslator } from "next-intl";
import alertMessages from "@/messages/de/alerts.json";
import facetMessages from "@/messages/de/facets.json";

// Texts the alert services need outside a page (mails, labels in the worker). A translator over
// the catalogue files works the same in a request, in the worker and in the tests.
export const alertText = createTranslator({ locale: "de", messages: { alerts: alertMessages }, namespace: "alerts" });
export const facetText = createTranslator({ locale: "de", messages: { facets: facetMessages } });
