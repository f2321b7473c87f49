import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";

/** What a 404 says and where to go on: the start page, the search and the directories. */
export async function NotFoundBody() {
  const t = await getTranslations("common");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("notFound.title")}</h1>
      <p className="mt-4 text-lg">{t("notFound.text")}</p>
      <p className="mt-4">{t("notFound.hint")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <LocalLink href="/">{t("site.home")}</LocalLink>
        </li>
        <li>
          <LocalLink href="/suche">{t("notFound.search")}</LocalLink>
        </li>
        <li>
          <LocalLink href="/foerderprogramme">{t("nav.programmes")}</LocalLink>
        </li>
        <li>
          <LocalLink href="/berater">{t("nav.advisors")}</LocalLink>
        </li>
        <li>
          <LocalLink href="/dienstleister">{t("nav.providers")}</LocalLink>
        </li>
      </ul>
    </div>
  );
}
