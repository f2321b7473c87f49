import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { facetParam } from "@/lib/facets/registry";
import { hrefWith } from "@/lib/listing/url";
import { servedKreise, type KreisRef } from "@/lib/taxonomy/kreise";

interface Props {
  /** The advisor's regions as stored: Kreise or a wider area. */
  regionSlugs: readonly string[];
  /** The five Kreise in display order. */
  kreise: readonly KreisRef[];
}

// Programme → advisor → provider: after the advice comes the implementation, so the advisor's page
// leads to the providers seated where the advisor works, one provider list (filtered by its seat's
// Kreis, the list's "gebiet" facet) per Kreis served.
export async function AdvisorProviders({ regionSlugs, kreise }: Props) {
  const t = await getTranslations("advisors.detail");
  const served = servedKreise(regionSlugs, kreise.map((k) => k.slug));
  const shown = kreise.filter((k) => served.includes(k.slug));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="providers">
      <h2 id="providers" className="mb-3 text-2xl font-bold">
        {t("providersHeading")}
      </h2>
      <p>{t("providersIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="provider-links">
        {shown.map((kreis) => (
          <li key={kreis.slug}>
            <Link href={hrefWith("/dienstleister", {}, { [facetParam("region")]: kreis.slug })}>{t("providersIn", { kreis: kreis.name })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
