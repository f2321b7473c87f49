import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { SearchCombobox } from "./search-combobox";
import { suggestTexts } from "./suggest-texts";
import { buttonClass } from "@/components/ui/button";

interface Props {
  q: string;
  /** Kept when the search is restricted to one type. */
  typ?: string;
}

/** The search form at the top of /suche: visible label, hint, suggestions with JavaScript. */
export async function SearchForm({ q, typ }: Props) {
  const [t, texts, href] = await Promise.all([getTranslations("search.page"), suggestTexts(), localHrefs()]);
  return (
    <form method="get" action={href("/suche")} className="mt-6 max-w-2xl">
      <label htmlFor="suche-q" className="block text-lg font-semibold">
        {t("formLabel")}
      </label>
      <p id="suche-q-hint" className="text-muted">
        {t("formHint")}
      </p>
      {typ && <input type="hidden" name="typ" value={typ} />}
      <div className="mt-1 flex items-stretch">
        <SearchCombobox id="suche-q" texts={texts} defaultValue={q} describedBy="suche-q-hint" className="search-field" />
        <button type="submit" className={buttonClass("primary", "field")}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
