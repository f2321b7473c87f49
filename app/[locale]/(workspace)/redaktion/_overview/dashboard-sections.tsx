import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { StatusTag } from "@/components/editor/status-tag";
import { Section } from "@/components/ui/section";
import type { DeadlineEntryDTO, FreshnessSection, RecentChangeDTO, ReviewEntryDTO, StaleEntryDTO } from "@/lib/freshness/dto";
import { formatInstant } from "@/lib/freshness/format";
import { formatDay } from "@/lib/format";
import { ChangeSummary } from "./change-summary";
import { DataTable } from "./data-table";

const LIST_PATHS = { programme: "/redaktion/foerderprogramme", advisor: "/redaktion/berater", provider: "/redaktion/dienstleister", event: "/redaktion/veranstaltungen", initiative: "/redaktion/initiativen", news: "/redaktion/aktuelles" } as const;

function EntryLink({ href, title }: { href: string | null; title: string }) {
  return href ? <Link href={href}>{title}</Link> : <>{title}</>;
}

/** "alle anzeigen" per content type, to the list pages filtered the same way (their GET params). */
async function ShowAll({ section, query, types = ["programme", "advisor", "provider", "event", "initiative", "news"] }: { section: string; query: string; types?: (keyof typeof LIST_PATHS)[] }) {
  const t = await getTranslations("editorOverview.dashboard");
  return (
    <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
      {types.map((type) => (
        <li key={type}>
          <Link href={`${LIST_PATHS[type]}?${query}`}>{t(`${section}.showAll.${type}`)}</Link>
        </li>
      ))}
    </ul>
  );
}

async function Empty() {
  const t = await getTranslations("editorOverview.dashboard");
  return <p>{t("empty")}</p>;
}

export async function StaleSection({ data }: { data: FreshnessSection<StaleEntryDTO> }) {
  const t = await getTranslations("editorOverview.dashboard");
  return (
    <Section id="ueberfaellig" title={t("stale.heading", { count: data.total })}>
      <p className="mb-3 text-muted">{t("stale.intro")}</p>
      {data.items.length === 0 ? (
        <Empty />
      ) : (
        <DataTable
          caption={t("stale.caption")}
          columns={[t("columns.entry"), t("columns.type"), t("columns.lastVerified"), t("columns.daysSince")]}
          rows={data.items.map((item) => ({
            key: `${item.type}:${item.id}`,
            cells: [<EntryLink key="l" href={item.editHref} title={item.title} />, t(`types.${item.type}`), item.lastVerifiedDay ? formatDay(item.lastVerifiedDay) : t("stale.never"), item.daysSinceVerified === null ? "–" : t("stale.days", { count: item.daysSinceVerified })],
          }))}
        />
      )}
      {data.total > data.items.length && <p className="mt-2">{t("shown", { shown: data.items.length, total: data.total })}</p>}
      <ShowAll section="stale" query="ungeprueft=1&status=PUBLISHED" />
    </Section>
  );
}

export async function DeadlineSection({ data }: { data: FreshnessSection<DeadlineEntryDTO> }) {
  const t = await getTranslations("editorOverview.dashboard");
  return (
    <Section id="fristen" title={t("deadlines.heading", { count: data.total })}>
      <p className="mb-3 text-muted">{t("deadlines.intro")}</p>
      {data.items.length === 0 ? (
        <Empty />
      ) : (
        <DataTable
          caption={t("deadlines.caption")}
          columns={[t("columns.programme"), t("columns.deadline"), t("columns.daysLeft"), t("columns.status")]}
          rows={data.items.map((item) => ({
            key: item.id,
            cells: [
              <EntryLink key="l" href={item.editHref} title={item.title} />,
              t("deadlines.until", { day: formatDay(item.deadline) }),
              t("deadlines.daysLeft", { count: item.daysLeft }),
              <StatusTag key="s" status={item.status} />,
            ],
          }))}
        />
      )}
      {data.total > data.items.length && <p className="mt-2">{t("shown", { shown: data.items.length, total: data.total })}</p>}
      <ShowAll section="deadlines" query="frist=30" types={["programme"]} />
    </Section>
  );
}

export async function ReviewSection({ data }: { data: FreshnessSection<ReviewEntryDTO> }) {
  const t = await getTranslations("editorOverview.dashboard");
  return (
    <Section id="in-pruefung" title={t("review.heading", { count: data.total })}>
      <p className="mb-3 text-muted">{t("review.intro")}</p>
      {data.items.length === 0 ? (
        <Empty />
      ) : (
        <DataTable
          caption={t("review.caption")}
          columns={[t("columns.entry"), t("columns.type"), t("columns.changedAt")]}
          rows={data.items.map((item) => ({
            key: `${item.type}:${item.id}`,
            cells: [<EntryLink key="l" href={item.editHref} title={item.title} />, t(`types.${item.type}`), formatInstant(item.updatedAt)],
          }))}
        />
      )}
      {data.total > data.items.length && <p className="mt-2">{t("shown", { shown: data.items.length, total: data.total })}</p>}
      <ShowAll section="review" query="status=IN_REVIEW" />
    </Section>
  );
}

export async function RecentSection({ items, showLogLink }: { items: RecentChangeDTO[]; showLogLink: boolean }) {
  const t = await getTranslations("editorOverview.dashboard");
  return (
    <Section id="zuletzt-geaendert" title={t("recent.heading", { count: items.length })}>
      {items.length === 0 ? (
        <Empty />
      ) : (
        <DataTable
          caption={t("recent.caption")}
          columns={[t("columns.entry"), t("columns.change"), t("columns.who"), t("columns.when")]}
          rows={items.map((item) => ({
            key: item.id,
            cells: [
              <EntryLink key="l" href={item.editHref} title={item.title ?? t("deleted", { id: item.entityId })} />,
              <ChangeSummary key="c" action={item.action} fields={item.fields} />,
              item.actorName ?? t("system"),
              formatInstant(item.createdAt),
            ],
          }))}
        />
      )}
      {showLogLink && (
        <p className="mt-3">
          <Link href="/redaktion/protokoll">{t("recent.showAll")}</Link>
        </p>
      )}
    </Section>
  );
}
