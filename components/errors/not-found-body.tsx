import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";

/** What a 404 says and where to go on: the start page, the search and the directories. */
export async function NotFoundBody() {
  const t = await getTranslations("common");
  return (
    <div className="message-page">
      <h1 className="page-title">{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>{t("notFound.hint")}</p>
      <ul>
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
