import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";

interface Props {
  q: string;
  /** Same search without filters, when filters are set. */
  withoutFiltersHref: string | null;
  /** Same search across all types, when restricted to one. */
  allTypesHref: string | null;
  headingLevel?: "h2" | "h3";
}

/** No hits: concrete ways to broaden the search (GOV.UK "no results" pattern). */
export async function SearchEmpty({ q, withoutFiltersHref, allTypesHref, headingLevel: Heading = "h2" }: Props) {
  const t = await getTranslations("search.empty");
  const heading = !q ? t("headingBrowse") : withoutFiltersHref ? t("headingFiltered", { q }) : t("heading", { q });
  return (
    <div className="mt-6 border-l-8 border-brand-600 bg-brand-50 p-4">
      <Heading className="text-lg font-bold">{heading}</Heading>
      <p className="mt-1">{t("intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {withoutFiltersHref && (
          <li>
            {t("removeFilters")} <Link href={withoutFiltersHref}>{q ? t("removeFiltersLink", { q }) : t("removeFiltersLinkBrowse")}</Link>
          </li>
        )}
        {allTypesHref && q && (
          <li>
            {t("allTypes")} <Link href={allTypesHref}>{t("allTypesLink", { q })}</Link>
          </li>
        )}
        {q && <li>{t("spelling")}</li>}
        {q && <li>{t("fewerWords")}</li>}
      </ul>
    </div>
  );
}
