import Image from "next/image";
import { Link } from "@/components/navigation/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HeaderSearch } from "@/components/search/header-search";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";

// The logo sits on white, where its colours have their contrast (app/globals.css); the main
// navigation keeps the dark brand band below it.
export async function SiteHeader() {
  const [t, value] = await Promise.all([getTranslations("common"), getLocale()]);
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  const href = (path: string) => localizedPath(locale, path);
  return (
    <header className="site-header">
      <div className="wrap masthead">
        <Link href={href("/")}>
          {/* An SVG needs no resizing; unoptimized serves public/logo.svg as it is. */}
          <Image src="/logo.svg" alt={t("site.logoAlt")} width={280} height={64} unoptimized priority />
        </Link>
        <div>
          <LanguageSwitch
            locale={locale}
            siteUrl={env.SITE_URL}
            label={t("language.label")}
            names={{ de: t("language.names.de"), fr: t("language.names.fr"), en: t("language.names.en") }}
          />
          <HeaderSearch />
        </div>
      </div>
      <div className="nav-band">
        <div className="wrap">
          <MainNav
            label={t("nav.label")}
            items={[
              { href: href("/foerderprogramme"), label: t("nav.programmes") },
              { href: href("/foerder-check"), label: t("nav.foerderCheck") },
              { href: href("/fristen"), label: t("nav.deadlines") },
              { href: href("/berater"), label: t("nav.advisors") },
              { href: href("/dienstleister"), label: t("nav.providers") },
            ]}
          />
        </div>
      </div>
    </header>
  );
}
