import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactView } from "@/components/cards/card-view";
import { germanMark } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/config";
import type { ProviderCardDTO } from "@/lib/provider/dto";

/** A card names the first few services only; the profile lists them all. */
const SHOWN_SERVICES = 3;

/** Where the provider sits (German names, marked on French and English pages) and what it mainly does. */
export async function providerCardFacts(provider: ProviderCardDTO, locale: Locale): Promise<FactView[]> {
  const t = await getTranslations();
  const shown = provider.services.slice(0, SHOWN_SERVICES).map((service) => t(`facets.service.${service}`));
  const more = provider.services.length - shown.length;
  return [
    { label: t("providers.card.seat"), value: t("providers.detail.seat", { town: provider.town, region: provider.regionName }), ...germanMark(locale) },
    { label: t("providers.card.services"), value: shown.join(", ") + (more > 0 ? ` ${t("providers.card.moreServices", { count: more })}` : "") },
    { label: t("providers.card.size"), value: t(`facets.companySize.${provider.size}`) },
  ];
}
