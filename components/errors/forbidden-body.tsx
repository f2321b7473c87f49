import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";

/** What a 403 says and where to go on: the start page, the search and the person's own account. */
export async function ForbiddenBody() {
  const [t, common, notFound] = await Promise.all([
    getTranslations("editor.forbidden"),
    getTranslations("common.site"),
    getTranslations("common.notFound"),
  ]);
  return (
    <div className="message-page">
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("body")}</p>
      <ul>
        <li>
          <Link href="/">{common("home")}</Link>
        </li>
        <li>
          <Link href="/suche">{notFound("search")}</Link>
        </li>
        <li>
          <Link href="/konto">{t("account")}</Link>
        </li>
      </ul>
    </div>
  );
}
