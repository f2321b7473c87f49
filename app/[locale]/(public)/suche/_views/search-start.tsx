import { getTranslations } from "next-intl/server";
import { SearchBrowse } from "@/components/search/search-browse";
import { SearchForm } from "@/components/search/search-form";
import type { TopicDTO } from "@/lib/taxonomy/dto";

/** /suche without a search: the form and ways to browse. `unavailable`: the engine failed. */
export async function SearchStart({ q = "", topics, unavailable = false }: { q?: string; topics: TopicDTO[]; unavailable?: boolean }) {
  const t = await getTranslations("search.page");
  return (
    <>
      <h1 className="page-title">{t("heading")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
      {unavailable && (
        <div role="alert" className="mt-6 border-l-8 border-closed bg-[#fdf2f1] p-4">
          <h2 className="text-lg font-bold">{t("unavailableHeading")}</h2>
          <p className="mt-1">{t("unavailableText")}</p>
        </div>
      )}
      <SearchForm q={q} />
      <SearchBrowse topics={topics} />
    </>
  );
}
