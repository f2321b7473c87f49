import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { breadcrumbJsonLd } from "@/lib/seo/json-ld";
import { publicUrl } from "@/lib/seo/site-url";
import { JsonLd } from "./json-ld";

/** The visible trail and the same trail as schema.org BreadcrumbList for search engines. */
export async function Breadcrumbs({ items }: { items: { href: string; label: string }[] }) {
  const [t, local] = await Promise.all([getTranslations("common"), localHrefs()]);
  // German paths in, the page's language's addresses out (/fr/…, /en/…).
  const trail = [{ href: "/", label: t("site.home") }, ...items].map((item) => ({ ...item, href: local(item.href) }));
  return (
    <nav aria-label={t("detail.breadcrumb")} className="mb-6 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((item, index) => (
          <li key={item.href} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ol>
      <JsonLd data={breadcrumbJsonLd(trail.map((item) => ({ name: item.label, url: publicUrl(item.href) })))} />
    </nav>
  );
}
