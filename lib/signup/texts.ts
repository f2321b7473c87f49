import { catalogueTranslators } from "@/lib/i18n/catalogue-translators";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import deSignup from "@/messages/de/signup.json";
import enSignup from "@/messages/en/signup.json";
import frSignup from "@/messages/fr/signup.json";

// Texts the services need outside a page (mails, the rate-limit message), in the language of the
// sign-up form's page (lib/i18n/catalogue-translators.ts).
const TEXTS = catalogueTranslators("signup", { de: deSignup, fr: frSignup, en: enSignup });

export const signupTexts = (locale: Locale = DEFAULT_LOCALE) => TEXTS[locale];
