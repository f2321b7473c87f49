import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { FoerderCheckStartLink } from "@/components/foerder-check/start-link";
import { buttonClass } from "@/components/ui/button";
import type { FacetOption } from "@/lib/listing/facet-data";
import { TASK_IDS, TASK_SEARCH, taskSearchHref } from "@/lib/start-page/tasks";

// The start page leads with the visitor's task. A plain GET form (works without JavaScript): the
// h1 is the text field's label, as on a GOV.UK question page; the Kreis is the search's region filter.
export async function TaskSearch({ kreise }: { kreise: readonly FacetOption[] }) {
  const [t, href] = await Promise.all([getTranslations("home"), localHrefs()]);
  return (
    <div className="border-t-8 border-brand-600 bg-brand-50 px-4 py-6 md:px-8 md:py-8">
      <form role="search" aria-labelledby="aufgabe" method="get" action={href(TASK_SEARCH.action)}>
        <h1 id="aufgabe" className="max-w-4xl text-3xl font-bold md:text-5xl">
          <label htmlFor="vorhaben">{t("title")}</label>
        </h1>
        <p id="vorhaben-hinweis" className="mt-3 max-w-3xl text-lg">
          {t("task.hint")}
        </p>
        <div className="mt-4 grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)_auto] md:items-end">
          <input
            id="vorhaben"
            name="q"
            type="search"
            maxLength={200}
            aria-describedby="vorhaben-hinweis"
            className="search-field"
          />
          {/* After the text, so the URL reads like the search's own links: q, typ, gebiet. */}
          <input type="hidden" name={TASK_SEARCH.typeParam} value={TASK_SEARCH.type} />
          <div className="min-w-0">
            <label htmlFor="vorhaben-gebiet" className="block font-semibold">
              {t("task.regionLabel")}
            </label>
            <select id="vorhaben-gebiet" name={TASK_SEARCH.regionParam} defaultValue="" className="mt-1 h-11 w-full border-2 border-ink bg-white px-2">
              <option value="">{t("task.regionAll")}</option>
              {kreise.map((kreis) => (
                <option key={kreis.slug} value={kreis.slug}>
                  {kreis.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={`${buttonClass("primary", "field")} w-full md:w-auto`}>
            {t("task.submit")}
          </button>
        </div>
      </form>
      <nav aria-labelledby="haeufige-vorhaben" className="mt-6">
        <h2 id="haeufige-vorhaben" className="text-lg font-bold">
          {t("task.quickHeading")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {TASK_IDS.map((id) => (
            <li key={id}>
              <Link href={taskSearchHref(t(`tasks.${id}.query`))} className={buttonClass("secondary", "sm")}>
                {t(`tasks.${id}.label`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FoerderCheckStartLink className="mt-6 flex" />
    </div>
  );
}
