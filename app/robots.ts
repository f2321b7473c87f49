import type { MetadataRoute } from "next";
import { publicUrl } from "@/lib/seo/site-url";

// Per request: the sitemap's address follows SITE_URL at run time, not the one of the build.
export const dynamic = "force-dynamic";

/** Crawlers may read every public page; the signed-in areas, the API and one-time links stay out. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/redaktion", "/mein-profil", "/konto", "/api/", "/anmelden", "/einladung", "/passwort-neu", "/passwort-vergessen"],
    },
    sitemap: publicUrl("/sitemap.xml"),
  };
}
