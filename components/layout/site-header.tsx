import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderSearch } from "@/components/search/header-search";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="border-b-8 border-brand-600 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4">
        <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
          <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white hover:underline">
            {t("site.name")}
          </Link>
          <HeaderSearch />
        </div>
        <MainNav
          label={t("nav.label")}
          items={[
            { href: "/foerderprogramme", label: t("nav.programmes") },
            { href: "/berater", label: t("nav.advisors") },
            { href: "/dienstleister", label: t("nav.providers") },
          ]}
        />
      </div>
    </header>
  );
}
