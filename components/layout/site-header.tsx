import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderSearch } from "@/components/search/header-search";
import { MainNav } from "./main-nav";

// The logo sits on white, where its colours have their contrast (app/globals.css); the main
// navigation keeps the dark brand band below it.
export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="border-b-8 border-brand-600 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 md:flex-row md:items-end md:justify-between">
        <Link href="/" className="inline-block self-start no-underline md:self-center">
          {/* An SVG needs no resizing; unoptimized serves public/logo.svg as it is. */}
          <Image src="/logo.svg" alt={t("site.logoAlt")} width={280} height={64} unoptimized priority className="h-12 w-auto md:h-14" />
        </Link>
        <HeaderSearch />
      </div>
      <div className="bg-brand-900 text-white">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <MainNav
            label={t("nav.label")}
            items={[
              { href: "/foerderprogramme", label: t("nav.programmes") },
              { href: "/foerder-check", label: t("nav.foerderCheck") },
              { href: "/fristen", label: t("nav.deadlines") },
              { href: "/berater", label: t("nav.advisors") },
              { href: "/dienstleister", label: t("nav.providers") },
            ]}
          />
        </div>
      </div>
    </header>
  );
}
