import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { BRAND_COLOR } from "@/lib/brand";

// Served as /manifest.webmanifest (application/manifest+json) for "add to home screen".
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "common.site" });
  return {
    name: t("name"),
    short_name: t("shortName"),
    description: t("description"),
    lang: DEFAULT_LOCALE,
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: BRAND_COLOR,
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
