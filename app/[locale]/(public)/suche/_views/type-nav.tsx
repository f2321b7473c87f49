import { getTranslations } from "next-intl/server";
import { SearchTypeNav } from "@/components/search/search-type-nav";
import { PARAM_BY_TYPE, type SearchParams } from "@/lib/search/query-params";
import { SEARCH_DOC_TYPES, type SearchDocType } from "@/lib/search/types";
import { typeHref } from "@/lib/search/page/links";

interface Props {
  params: SearchParams;
  countsByType: Record<SearchDocType, number>;
}

/** "Alle Bereiche" and each type with its number of hits; the current view has aria-current. */
export async function TypeNav({ params, countsByType }: Props) {
  const t = await getTranslations("search.types");
  const total = SEARCH_DOC_TYPES.reduce((sum, type) => sum + countsByType[type], 0);
  const items = [
    { key: "alle", label: t("all"), count: total, href: typeHref(params, null), current: params.type === null },
    ...SEARCH_DOC_TYPES.map((type) => ({
      key: PARAM_BY_TYPE[type],
      label: t(PARAM_BY_TYPE[type]),
      count: countsByType[type],
      href: typeHref(params, type),
      current: params.type === type,
    })),
  ];
  return <SearchTypeNav label={t("navLabel")} items={items} />;
}
