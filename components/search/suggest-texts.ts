import "server-only";
import { getTranslations } from "next-intl/server";
import { DEFAULT_SUGGESTION_LIMIT, SEARCH_TYPE_PARAMS } from "@/lib/search/query-params";
import type { SearchSuggestTexts } from "./search-combobox";

/**
 * The combobox's texts, resolved on the server so the browser needs no message catalogue; one
 * announcement per possible count, which also tells the combobox how many suggestions to ask for.
 */
export async function suggestTexts(): Promise<SearchSuggestTexts> {
  const t = await getTranslations("search.suggest");
  return {
    listLabel: t("listLabel"),
    types: Object.fromEntries(SEARCH_TYPE_PARAMS.map((type) => [type, t(`type.${type}`)])),
    counts: Array.from({ length: DEFAULT_SUGGESTION_LIMIT + 1 }, (_, count) => t("count", { count })),
  };
}
