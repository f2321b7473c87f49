import Image from "next/image";
import Link from "next/link";
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
    <header className="border-b-8 border-brand-600 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 md:flex-row md:items-end md:justify-between">
        <Link href={href("/")} className="inline-block self-start no-underline md:self-center">
          {/* An SVG needs no resizing; unoptimized serves public/logo.svg as it is. */}
          <Image src="/logo.svg" alt={t("site.logoAlt")} width={280} height={64} unoptimized priority className="h-12 w-auto md:h-14" />
        </Link>
        <div className="flex flex-col gap-3 md:items-end">
          <LanguageSwitch
            locale={locale}
            siteUrl={env.SITE_URL}
            label={t("language.label")}
            names={{ de: t("language.names.de"), fr: t("language.names.fr"), en: t("language.names.en") }}
          />
          <HeaderSearch />
        </div>
      </div>
      <div className="bg-brand-900 text-white">
        <div className="mx-auto max-w-6xl px-4 py-3">
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
