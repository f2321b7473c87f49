import { getTranslations } from "next-intl/server";
import { FocusOnMount } from "@/components/ui/focus-on-mount";
import { SearchCorrection } from "@/components/search/search-correction";
import type { SearchParams } from "@/lib/search/query-params";
import { searchHref } from "@/lib/search/page/links";

const HEADING_ID = "suche-titel";

/**
 * The page's one h1 and, when the engine corrected a typo, "Meinten Sie …?". With a query the page
 * is the answer to a submitted search, so the focus starts on the heading that names the outcome.
 */
export async function SearchHeading({ params, correctedText }: { params: SearchParams; correctedText: string | null }) {
  const t = await getTranslations("search.page");
  return (
    <>
      <h1 id={HEADING_ID} tabIndex={-1} className="text-3xl font-bold break-words focus:outline-none md:text-4xl">
        {params.q ? t("headingWithQuery", { q: params.q }) : t("headingBrowse")}
      </h1>
      {params.q && <FocusOnMount targetId={HEADING_ID} />}
      {correctedText && params.q && (
        <SearchCorrection q={params.q} correctedText={correctedText} href={searchHref(params, { q: correctedText, page: 1 })} />
      )}
    </>
  );
}
