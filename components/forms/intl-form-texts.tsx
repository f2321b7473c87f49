"use client";

import { useTranslations } from "next-intl";
import { FormTextsContext } from "./form-texts";

/** The form parts' texts from the NextIntlClientProvider around the signed-in areas (their layouts). */
export function IntlFormTexts({ children }: { children: React.ReactNode }) {
  const t = useTranslations();
  return <FormTextsContext.Provider value={(key) => (t.has(key) ? t(key) : undefined)}>{children}</FormTextsContext.Provider>;
}
