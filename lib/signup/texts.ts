import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import deSignup from "@/messages/de/signup.json";
import enSignup from "@/messages/en/signup.json";
import frSignup from "@/messages/fr/signup.json";

// Texts the services need outside a page (mails, the rate-limit message), in the language of the
// sign-up form's page. A translator over the catalogue file works the same in a request, in the
// integration tests and in scripts.
const translator = (locale: Locale, signup: typeof deSignup) => createTranslator({ locale, messages: { signup }, namespace: "signup" });

const TEXTS: Record<Locale, ReturnType<typeof translator>> = { de: translator("de", deSignup), fr: translator("fr", frSignup), en: translator("en", enSignup) };

export const signupTexts = (locale: Locale = DEFAULT_LOCALE) => TEXTS[locale];
