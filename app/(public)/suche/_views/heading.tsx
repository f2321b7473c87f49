import { getTranslations } from "next-intl/server";
import { SearchCorrection } from "@/components/search/search-correction";
import type { SearchParams } from "@/lib/search/query-params";
import { searchHref } from "@/lib/search/page/links";

/** The page's one h1 and, when the engine corrected a typo, "Meinten Sie …?". */
export async function SearchHeading({ params, correctedText }: { params: SearchParams; correctedText: string | null }) {
  const t = await getTranslations("search.page");
  return (
    <>
      <h1 className="text-3xl font-bold break-words md:text-4xl">{params.q ? t("headingWithQuery", { q: params.q }) : t("headingBrowse")}</h1>
      {correctedText && params.q && (
        <SearchCorrection q={params.q} correctedText={correctedText} href={searchHref(params, { q: correctedText, page: 1 })} />
      )}
    </>
  );
}
