import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { listOrganisations, parseOrganisationListParams } from "@/lib/organisation/queries";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";
import { ORGANISATION_USE_KINDS, type OrganisationUses } from "@/lib/organisation/uses";
import { DataTable } from "../_overview/data-table";
import { PageLinks } from "../_overview/page-links";
import { buttonClass } from "@/components/ui/button";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editorOverview.organisations");
  return { title: t("title"), description: t("intro") };
}

// Funding bodies and advisory institutions. Search and kind filter are a GET form (works without JS).
export default async function OrganisationsPage({ searchParams }: Props) {
  const actor = await requirePermission("organisation.manage", "/redaktion/organisationen");
  const raw = await searchParams;
  const params = parseOrganisationListParams(raw);
  const [t, list] = await Promise.all([getTranslations("editorOverview.organisations"), listOrganisations(actor, params)]);
  // Only the kinds that refer to the organisation, e.g. "2 Programme, 1 Veranstaltung".
  const uses = (org: OrganisationUses) =>
    ORGANISATION_USE_KINDS.filter((kind) => org[kind] > 0).map((kind) => t(`columns.usesParts.${kind}`, { count: org[kind] })).join(", ") || t("columns.usesNone");
  const query = (page: number) => {
    const search = new URLSearchParams();
    if (params.q) search.set("q", params.q);
    if (params.kind) search.set("art", params.kind);
    if (page > 1) search.set("seite", String(page));
    return `/redaktion/organisationen${search.size ? `?${search}` : ""}`;
  };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {raw.geloescht === "1" && (
        <div role="status" className="border-l-8 border-open bg-green-50 p-4">
          <p className="font-bold">{t("deleted")}</p>
        </div>
      )}
      <p>
        <Link href="/redaktion/organisationen/neu" className={buttonClass("primary")}>
          {t("new")}
        </Link>
      </p>
      <form method="get" action="/redaktion/organisationen" role="search" aria-label={t("filter.label")} className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="org-q" className="block font-semibold">{t("filter.q")}</label>
          <input id="org-q" name="q" type="search" defaultValue={params.q} className="w-72 border-2 border-ink px-2 py-1.5" />
        </div>
        <div className="space-y-1">
          <label htmlFor="org-art" className="block font-semibold">{t("filter.kind")}</label>
          <select id="org-art" name="art" defaultValue={params.kind ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
            <option value="">{t("filter.allKinds")}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary", "sm")}>{t("filter.apply")}</button>
      </form>
      <p role="status">{t("count", { count: list.total })}</p>
      {list.items.length > 0 && (
        <DataTable
          caption={t("caption")}
          columns={[t("fields.name"), t("fields.shortName"), t("fields.kind"), t("fields.town"), t("columns.uses")]}
          rows={list.items.map((org) => ({
            key: org.id,
            cells: [
              <Link key="l" href={`/redaktion/organisationen/${org.id}`}>{org.name}</Link>,
              org.shortName ?? "—",
              t(`kinds.${org.kind}`),
              org.town ?? "—",
              uses(org),
            ],
          }))}
        />
      )}
      <PageLinks page={list.page} pageCount={list.pageCount} href={query} />
    </div>
  );
}
