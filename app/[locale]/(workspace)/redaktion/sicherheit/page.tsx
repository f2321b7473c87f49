import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { formatInstant } from "@/lib/freshness/format";
import {
  listSecurityEvents,
  parseSecurityListParams,
  SECURITY_OUTCOMES,
  SECURITY_PERIODS,
  SECURITY_WHO,
  type SecurityEventDTO,
  type SecurityListParams,
} from "@/lib/security-log/list";
import { DataTable } from "../_overview/data-table";
import { PageLinks } from "../_overview/page-links";
import { buttonClass } from "@/components/ui/button";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  if (await lacksPermission("security.read")) return forbiddenMetadata();
  const t = await getTranslations("security.log");
  return { title: t("title"), description: t("intro") };
}

function href(params: SecurityListParams, page: number) {
  const search = new URLSearchParams();
  if (params.outcome) search.set("ergebnis", params.outcome);
  if (params.who) search.set("wer", params.who);
  if (params.days !== 7) search.set("tage", String(params.days));
  if (page > 1) search.set("seite", String(page));
  return `/redaktion/sicherheit${search.size ? `?${search}` : ""}`;
}

// Refused server actions for administrators (security.read); the list itself checks it again.
export default async function SecurityLogPage({ searchParams }: Props) {
  const actor = await permittedActor("security.read", "/redaktion/sicherheit");
  if (!actor) return <InPageForbidden />;
  const params = parseSecurityListParams(await searchParams);
  const [t, list] = await Promise.all([getTranslations("security.log"), listSecurityEvents(actor, params)]);
  const who = (row: SecurityEventDTO) =>
    row.actorId ? `${row.actorName ?? t("unknownAccount", { id: row.actorId })} (${row.actorRole ? t(`who.${row.actorRole}`) : ""})` : t("anonymous");
  const what = (row: SecurityEventDTO) =>
    [row.action, row.permission && t("permission", { permission: row.permission })].filter(Boolean).join(" · ") || t("unknownWhat");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <form method="get" action="/redaktion/sicherheit" aria-label={t("filter.label")} className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="sicherheit-ergebnis" className="block font-semibold">{t("filter.outcome")}</label>
          <select id="sicherheit-ergebnis" name="ergebnis" defaultValue={params.outcome ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
            <option value="">{t("filter.allOutcomes")}</option>
            {SECURITY_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>{t(`outcomes.${outcome}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="sicherheit-wer" className="block font-semibold">{t("filter.who")}</label>
          <select id="sicherheit-wer" name="wer" defaultValue={params.who ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
            <option value="">{t("filter.allWho")}</option>
            {SECURITY_WHO.map((value) => (
              <option key={value} value={value}>{t(`who.${value}`)}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="sicherheit-tage" className="block font-semibold">{t("filter.period")}</label>
          <select id="sicherheit-tage" name="tage" defaultValue={String(params.days)} className="border-2 border-ink bg-white px-2 py-1.5">
            {SECURITY_PERIODS.map((days) => (
              <option key={days} value={days}>{t("filter.days", { days })}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary", "sm")}>{t("filter.apply")}</button>
        {(params.outcome || params.who || params.days !== 7) && <Link href="/redaktion/sicherheit">{t("filter.reset")}</Link>}
      </form>
      <p role="status">{t("count", { count: list.total })}</p>
      {list.items.length > 0 && (
        <DataTable
          caption={t("caption")}
          columns={[t("columns.when"), t("columns.who"), t("columns.what"), t("columns.outcome"), t("columns.times"), t("columns.address")]}
          rows={list.items.map((row) => ({
            key: row.id,
            cells: [
              <span key="w">
                {formatInstant(row.lastAt)}
                {row.count > 1 && <span className="block text-sm text-muted">{t("since", { time: formatInstant(row.firstAt) })}</span>}
              </span>,
              who(row),
              what(row),
              t.has(`outcomes.${row.outcome}`) ? t(`outcomes.${row.outcome}`) : row.outcome,
              row.count,
              row.clientIp,
            ],
          }))}
        />
      )}
      <PageLinks page={list.page} pageCount={list.pageCount} href={(page) => href(params, page)} />
    </div>
  );
}
