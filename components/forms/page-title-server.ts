import "server-only";
import { getTranslations } from "next-intl/server";

/**
 * The whole page title ("Als Dienstleister eintragen – Digitale Region Trier") for a public form
 * that renders its page's <title> itself (EditorForm's pageTitle): the same text the root layout's
 * title template (app/[locale]/layout.tsx, "%s – site name") makes of a page's metadata title.
 */
export async function formPageTitle(title: string): Promise<string> {
  const site = await getTranslations("common.site");
  return `${title} – ${site("name")}`;
}
