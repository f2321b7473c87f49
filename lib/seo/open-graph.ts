import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/**
 * The Open Graph card of a page. Next replaces a layout's `openGraph` with a page's as a whole,
 * so every page's card carries the site's defaults (name, locale, picture) itself.
 */
export async function openGraph(fields: { title?: string; description?: string; url?: string; type?: "website" | "article" } = {}): Promise<OpenGraph> {
  const t = await getTranslations("common.site");
  return {
    siteName: t("name"),
    locale: "de_DE",
    type: "website",
    // The app icon: a picture of our own origin, never one fetched from elsewhere.
    images: [{ url: "/icon-512.png", width: 512, height: 512, alt: t("name") }],
    ...fields,
  };
}
