import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ProviderCardDTO } from "@/lib/provider/dto";

interface Props {
  provider: ProviderCardDTO;
  headingLevel?: "h2" | "h3";
}

export async function ProviderCard({ provider, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations();
  return (
    <article className="border-b border-line py-5">
      <Heading className="text-lg font-bold">
        <Link href={`/dienstleister/${provider.slug}`}>{provider.name}</Link>
      </Heading>
      <p className="mt-2">{provider.summary}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("providers.card.services")}</dt>
        <dd>{provider.services.map((service) => t(`facets.service.${service}`)).join(", ")}</dd>
        <dt className="font-semibold">{t("providers.card.seat")}</dt>
        <dd>{t("providers.detail.seat", { town: provider.town, region: provider.regionName })}</dd>
        <dt className="font-semibold">{t("providers.card.size")}</dt>
        <dd>{t(`facets.companySize.${provider.size}`)}</dd>
      </dl>
    </article>
  );
}
