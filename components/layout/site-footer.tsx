import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="mt-12 border-t-4 border-brand-600 bg-brand-50">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 text-sm md:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p>{t("about")}</p>
          <p className="text-muted">{t("noTracking")}</p>
        </div>
        <nav aria-label={t("label")}>
          <ul className="space-y-2">
            <li>
              <Link href="/datenschutz">{t("privacy")}</Link>
            </li>
            <li>
              <Link href="/barrierefreiheit">{t("accessibility")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
