import type { ReactNode } from "react";
import { germanOnly } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/i18n/href";

// Texts that exist only in German (names of organisations and regions, Themenfelder, milestones)
// on French and English pages: marked lang="de", so that screen readers pronounce them as German
// and the browser hyphenates them as German (issue 20). German pages are left as they are.

/** Its content marked lang="de" on French and English pages. */
export async function German({ children }: { children: ReactNode }) {
  const lang = germanOnly(await pageLocale());
  return lang ? <span lang={lang}>{children}</span> : children;
}

/** A German-only text for a reader of `locale`, marked on French and English pages; empty stays "" (FactList leaves the row out). */
export function inGerman(text: string, locale: Locale): ReactNode {
  return text && germanOnly(locale) ? <span lang="de">{text}</span> : text;
}
