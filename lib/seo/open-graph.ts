import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { INTL_LOCALE } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/i18n/href";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/**
 * The Open Graph card of a page. Next replaces a layout's `openGraph` with a page's as a whole,
 * so every page's card carries the site's defaults (name, locale, picture) itself.
 */
export async function openGraph(fields: { title?: string; description?: string; url?: string; type?: "website" | "article" } = {}): Promise<OpenGraph> {
  const [t, locale] = await Promise.all([getTranslations("common.site"), pageLocale()]);
  return {
    siteName: t("name"),
    // The page's language in Open Graph's form (fr_FR), not always German.
    locale: INTL_LOCALE[locale].replace("-", "_"),
    type: "website",
    // The app icon: a picture of our own origin, never one fetched from elsewhere.
    images: [{ url: "/icon-512.png", width: 512, height: 512, alt: t("name") }],
    ...fields,
  };
}
