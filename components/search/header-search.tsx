import { getTranslations } from "next-intl/server";
import { SearchCombobox } from "./search-combobox";
import { suggestTexts } from "./suggest-texts";
import { buttonClass } from "@/components/ui/button";
import { localHrefs } from "@/lib/i18n/href";

/**
 * The search box on every page: a GET form to /suche; suggestions appear only with JavaScript.
 * Its label stays visible on every screen (a placeholder would vanish while typing).
 */
export async function HeaderSearch() {
  const [t, texts, href] = await Promise.all([getTranslations("search.suggest"), suggestTexts(), localHrefs()]);
  return (
    <form role="search" aria-label={t("label")} method="get" action={href("/suche")} className="header-search">
      <label htmlFor="kopf-suche">
        {t("label")}
      </label>
      <div>
        <SearchCombobox id="kopf-suche" texts={texts} className="search-field" />
        <button type="submit" className={buttonClass("primary", "field")}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
