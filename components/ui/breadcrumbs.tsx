import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("detail.breadcrumb")} className="mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {[{ href: "/", label: t("site.home") }, ...items].map((item, index) => (
          <li key={item.href} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
