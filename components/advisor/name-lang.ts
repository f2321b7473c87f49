import { germanOnly } from "@/lib/content/translations";
import type { AdvisorKind } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";

/**
 * `lang` of an advisor's name on a page in `locale`: a person's name belongs to no language and is
 * not marked; an advisory desk's name is German ("Förderberatung der IHK Trier"), marked on French
 * and English pages as NameLink marks it in links.
 */
export const advisorNameLang = (kind: AdvisorKind, locale: Locale): "de" | undefined => (kind === "PERSON" ? undefined : germanOnly(locale));
