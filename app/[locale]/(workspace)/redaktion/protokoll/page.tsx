import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { AUDIT_ENTITY_TYPES, listAuditActors, listAuditLog, parseAuditListParams, type AuditListParams } from "@/lib/audit/list";
import { formatInstant } from "@/lib/freshness/format";
import { ChangeSummary } from "../_overview/change-summary";
import { DataTable } from "../_overview/data-table";
import { PageLinks } from "../_overview/page-links";
import { ChangeDetails } from "./change-details";
import { buttonClass } from "@/components/ui/button";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  if (await lacksPermission("audit.readAll")) return forbiddenMetadata();
  const t = await getTranslations("editorOverview.audit");
  return { title: t("title"), description: t("intro") };
}

function href(params: AuditListParams, page: number) {
  const search = new URLSearchParams();
  if (params.userId) search.set("benutzer", params.userId);
  if (params.entityType) search.set("typ", params.entityType);
  if (params.entityId) search.set("eintrag", params.entityId);
  if (page > 1) search.set("seite", String(page));
  return `/redaktion/protokoll${search.size ? `?${search}` : ""}`;
}

// Every recorded change, for administrators (audit.readAll). Filters are a GET form.
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await permittedActor("audit.readAll", "/redaktion/protokoll");
  if (!actor) return <InPageForbidden />;
  const params = parseAuditListParams(await searchParams);
  const [t, list, users] = await Promise.all([getTranslations("editorOverview.audit"), listAuditLog(actor, params), listAuditActors(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <form method="get" action="/redaktion/protokoll" aria-label={t("filter.label")} className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="protokoll-benutzer" className="block font-semibold">{t("filter.user")}</label>
          <select id="protokoll-benutzer" name="benutzer" defaultValue={params.userId ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
            <option value="">{t("filter.allUsers")}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>{user.name} ({user.email})</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="protokoll-typ" className="block font-semibold">{t("filter.type")}</label>
          <select id="protokoll-typ" name="typ" defaultValue={params.entityType ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
            <option value="">{t("filter.allTypes")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>{t(`entityTypes.${type}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="protokoll-eintrag" className="block font-semibold">{t("filter.entityId")}</label>
          <input id="protokoll-eintrag" name="eintrag" defaultValue={params.entityId ?? ""} className="w-64 border-2 border-ink px-2 py-1.5" />
        </div>
        <button type="submit" className={buttonClass("primary", "sm")}>{t("filter.apply")}</button>
        {(params.userId || params.entityType || params.entityId) && <Link href="/redaktion/protokoll">{t("filter.reset")}</Link>}
      </form>
      <p role="status">{t("count", { count: list.total })}</p>
      {list.items.length > 0 && (
        <DataTable
          caption={t("caption")}
          columns={[t("columns.when"), t("columns.who"), t("columns.entry"), t("columns.change"), t("columns.details")]}
          rows={list.items.map((row) => ({
            key: row.id,
            cells: [
              formatInstant(row.createdAt),
              row.actorName ?? t("system"),
              <span key="e">
                <span className="block text-sm text-muted">{t.has(`entityTypes.${row.entityType}`) ? t(`entityTypes.${row.entityType}`) : row.entityType}</span>
                {row.editHref ? <Link href={row.editHref}>{row.title ?? row.entityId}</Link> : (row.title ?? t("gone", { id: row.entityId }))}
              </span>,
              <ChangeSummary key="c" action={row.action} fields={row.fields} />,
              <ChangeDetails key="d" entityType={row.entityType} changes={row.changes} />,
            ],
          }))}
        />
      )}
      <PageLinks page={list.page} pageCount={list.pageCount} href={(page) => href(params, page)} />
    </div>
  );
}
