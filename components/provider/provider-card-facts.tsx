import { getTranslations } from "next-intl/server";
import type { ProviderCardDTO } from "@/lib/provider/dto";

/** A card names the first few services only; the profile lists them all. */
const SHOWN_SERVICES = 3;

/** Where the provider sits and what it mainly does. */
export async function ProviderCardFacts({ provider }: { provider: ProviderCardDTO }) {
  const t = await getTranslations();
  const shown = provider.services.slice(0, SHOWN_SERVICES).map((service) => t(`facets.service.${service}`));
  const more = provider.services.length - shown.length;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("providers.card.seat")}</dt>
      <dd data-fact="seat">{t("providers.detail.seat", { town: provider.town, region: provider.regionName })}</dd>
      <dt className="font-semibold">{t("providers.card.services")}</dt>
      <dd data-fact="services">
        {shown.join(", ")}
        {more > 0 && ` ${t("providers.card.moreServices", { count: more })}`}
      </dd>
      <dt className="font-semibold">{t("providers.card.size")}</dt>
      <dd>{t(`facets.companySize.${provider.size}`)}</dd>
    </dl>
  );
}
