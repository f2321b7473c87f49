import "server-only";
import { getTranslations } from "next-intl/server";
import { titleTemplate } from "@/lib/seo/page-metadata";

/**
 * The whole page title ("Als Dienstleister eintragen – Digitale Region Trier") for a public form
 * that renders its page's <title> itself (EditorForm's pageTitle): the root layout's template filled.
 */
export async function formPageTitle(title: string): Promise<string> {
  const site = await getTranslations("common.site");
  return titleTemplate(site("name")).replace("%s", title);
}
