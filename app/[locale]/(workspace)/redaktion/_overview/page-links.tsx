import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links for the editor overview tables (plain links: work without JavaScript). */
export async function PageLinks({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("editorOverview.pagination");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-4">
      {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>}
      <span>{t("position", { page, pageCount })}</span>
      {page < pageCount && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
