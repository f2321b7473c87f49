import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { DemoNotice } from "@/components/layout/demo-notice";
import { BRAND_COLOR } from "@/lib/brand";
import { getDemoContentFlag } from "@/lib/demo-notice/cached";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { openGraph } from "@/lib/seo/open-graph";
import { titleTemplate } from "@/lib/seo/page-metadata";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.site");
  return {
    title: { default: t("name"), template: titleTemplate(t("name")) },
    description: t("description"),
    applicationName: t("name"),
    formatDetection: { telephone: false },
    // Relative canonical and Open Graph addresses resolve against the public address, not the
    // request's host (behind a proxy that is an internal one).
    metadataBase: new URL(env.SITE_URL),
    openGraph: await openGraph({ title: t("name"), description: t("description") }),
    twitter: { card: "summary" },
    // The files are made by scripts/generate-icons.mjs from public/icon.svg.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
    },
  };
}

// The root layout: every page is under app/[locale] (see docs/architecture.md, "Languages").
// German is prerendered at build time like before; French and English pages render on their first
// request and are cached from then on, which keeps the build as long as it was.
export function generateStaticParams() {
  return [{ locale: DEFAULT_LOCALE }];
}

export const viewport: Viewport = { themeColor: BRAND_COLOR, width: "device-width", initialScale: 1 };

export default async function RootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale: segment } = await params;
  // proxy.ts only ever routes de, fr and en here.
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const [t, demoContent] = await Promise.all([getTranslations("common.site"), getDemoContentFlag()]);
  return (
    <html lang={locale}>
      <body className="site">
        <a href="#inhalt" className="skip-link">
          {t("skipLink")}
        </a>
        {demoContent && <DemoNotice />}
        {/* No message provider for the browser here: client components on every page get their texts
            as props, so pages do not carry the message-format runtime (see docs/architecture.md). */}
        <SiteHeader />
        <main id="inhalt" tabIndex={-1} className="wrap site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
