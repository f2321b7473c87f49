import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { requirePermission } from "@/lib/auth/guard";
import { listSynonymGroupsForEdit, listTopicsForEdit } from "@/lib/taxonomy/editor-queries";
import { DataTable } from "../_overview/data-table";
import { PageIntro } from "../_overview/page-intro";
import { buttonClass } from "@/components/ui/button";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editorOverview.taxonomy");
  return { title: t("title"), description: t("intro") };
}

// The eight Themenfelder (fixed slugs, editable texts) and the search synonym groups.
export default async function TaxonomyPage({ searchParams }: Props) {
  const actor = await requirePermission("taxonomy.manage", "/redaktion/themen");
  const [t, topics, groups, query] = await Promise.all([getTranslations("editorOverview.taxonomy"), listTopicsForEdit(actor), listSynonymGroupsForEdit(actor), searchParams]);
  const notice = query.synonyme === "angelegt" ? t("synonyms.created") : query.synonyme === "geloescht" ? t("synonyms.deleted") : null;
  return (
    <div className="space-y-10">
      <PageIntro title={t("title")} intro={t("intro")} />
      <Section id="themenfelder" title={t("topics.heading", { count: topics.length })}>
        <p className="mb-3 max-w-3xl text-muted">{t("topics.intro")}</p>
        <p className="mb-3">
          <Link href="/redaktion/themen/zuordnungen">{t("mapping.link")}</Link>
        </p>
        <DataTable
          caption={t("topics.caption")}
          columns={[t("topic.fields.name"), t("topics.slug"), t("topic.fields.sortOrder"), t("topics.uses")]}
          rows={topics.map((topic) => ({
            key: topic.id,
            cells: [
              <Link key="l" href={`/redaktion/themen/thema/${topic.id}`}>{topic.name}</Link>,
              <code key="s">{topic.slug}</code>,
              String(topic.sortOrder),
              t("topic.usage", { programmes: topic.programmes, advisors: topic.advisors }),
            ],
          }))}
        />
      </Section>
      <Section id="synonyme" title={t("synonyms.heading", { count: groups.length })}>
        <p className="mb-3 max-w-3xl text-muted">{t("synonyms.intro")}</p>
        {notice && (
          <div role="status" className="mb-4 border-l-8 border-open bg-green-50 p-4">
            <p className="font-bold">{notice}</p>
          </div>
        )}
        <p className="mb-4">
          <Link href="/redaktion/themen/synonyme/neu" className={buttonClass("primary")}>
            {t("synonyms.new")}
          </Link>
        </p>
        <DataTable
          caption={t("synonyms.caption")}
          columns={[t("synonyms.fields.terms"), t("synonyms.action")]}
          rows={groups.map((group) => ({
            key: group.id,
            cells: [
              group.terms.join(", "),
              // The accessible name starts with the visible text and says which group it edits.
              <Link key="e" href={`/redaktion/themen/synonyme/${group.id}`} aria-label={t("synonyms.editLabel", { terms: group.terms.join(", ") })}>
                {t("synonyms.edit")}
              </Link>,
            ],
          }))}
        />
      </Section>
    </div>
  );
}
