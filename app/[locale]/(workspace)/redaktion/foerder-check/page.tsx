import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { requirePermission } from "@/lib/auth/guard";
import { FOERDER_CHECK_PATH } from "@/lib/foerder-check/answers";
import { getFoerderCheckRulesForEditor } from "@/lib/foerder-check/editor-rules";
import { formatEuro } from "@/lib/format";
import { DataTable } from "../_overview/data-table";
import { PageIntro } from "../_overview/page-intro";

/** Rule fields whose label in the programme form has another key. */
const FIELD_LABELS: Record<string, string> = { topics: "topicIds", regions: "regionIds" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("foerderCheck.rules");
  return { title: t("title"), description: t("intro") };
}

// The Förder-Check's rules as the matcher reads them (lib/foerder-check/rules.ts): per question the
// programme field, how it is compared and what a match counts, so editors know which fields to keep
// accurate. Read only: changing a rule is a code change with tests.
export default async function FoerderCheckRulesPage() {
  const actor = await requirePermission("editor.access", "/redaktion/foerder-check");
  const [t, tf, tc, view] = await Promise.all([
    getTranslations("foerderCheck"),
    getTranslations("facets"),
    getTranslations("programmeEditor.form.fields"),
    getFoerderCheckRulesForEditor(actor),
  ]);
  const field = (name: string) => {
    const key = FIELD_LABELS[name] ?? name;
    return tc.has(key) ? tc(key) : name;
  };
  const list = (items: string[]) => items.join(", ") || "—";
  return (
    <div className="space-y-10">
      <PageIntro title={t("rules.title")} intro={t("rules.intro")} />
      <p>
        <Link href={FOERDER_CHECK_PATH}>{t("title")}</Link>
      </p>
      <Section id="regeln" title={t("rules.tableCaption")}>
        <DataTable
          caption={t("rules.tableCaption")}
          columns={[t("rules.question"), t("rules.field"), t("rules.kind"), t("rules.weight"), t("rules.explanation")]}
          rows={view.rules.map((rule) => ({
            key: rule.id,
            cells: [
              rule.question ? t(`questions.${rule.question}`) : t("rules.noQuestion"),
              list(rule.fields.map((f) => `${field(f)} (${f})`)),
              t(`rules.kinds.${rule.kind}`),
              String(rule.weight),
              t(`rules.ruleText.${rule.id}`),
            ],
          }))}
        />
      </Section>
      <Section id="wer" title={t("rules.whoHeading")}>
        <DataTable
          caption={t("rules.whoHeading")}
          columns={[t("rules.whoAnswer"), t("rules.whoGroups")]}
          rows={view.who.map((row) => ({
            key: row.who,
            cells: [
              t(`wer.${row.who}`),
              [list(row.targetGroups.map((g) => tf(`targetGroup.${g}`))), row.mayBeKmu ? t("rules.whoKmu") : null].filter(Boolean).join("; "),
            ],
          }))}
        />
      </Section>
      <Section id="was" title={t("rules.projectsHeading")}>
        <DataTable
          caption={t("rules.projectsHeading")}
          columns={[t("rules.project"), t("rules.topics"), t("rules.keywords"), t("rules.services")]}
          rows={view.projects.map((row) => ({
            key: row.kind,
            cells: [t(`was.${row.kind}`), list(row.topics), list(row.keywords), list(row.services.map((s) => tf(`service.${s}`)))],
          }))}
        />
        <h3 className="mt-6 text-xl font-bold">{t("rules.topicServicesHeading")}</h3>
        <DataTable
          caption={t("rules.topicServicesHeading")}
          columns={[t("rules.topics"), t("rules.services")]}
          rows={view.topicServices.map((row) => ({ key: row.name, cells: [row.name, list(row.services.map((s) => tf(`service.${s}`)))] }))}
        />
      </Section>
      <Section id="betrag" title={t("rules.amountsHeading")}>
        <DataTable
          caption={t("rules.amountsHeading")}
          columns={[t("rules.whoAnswer"), t("rules.explanation")]}
          rows={view.amounts.map((row) => ({
            key: row.answer,
            cells: [
              t(`betrag.${row.answer}`),
              !row.range
                ? t("rules.amountNone")
                : row.range.max === Number.MAX_SAFE_INTEGER
                  ? t("rules.amountOpenEnd", { min: formatEuro(row.range.min) })
                  : t("rules.amountRange", { min: formatEuro(row.range.min), max: formatEuro(row.range.max) }),
            ],
          }))}
        />
      </Section>
      <Section id="pruefen" title={t("rules.checksHeading")}>
        <p className="max-w-3xl">{t("rules.checksIntro")}</p>
        <ul className="mt-2 list-disc pl-5">
          <li>{t("checks.upcoming", { date: "…" })}</li>
          <li>{t("checks.deadline", { date: "…" })}</li>
          <li>{t("checks.maxEmployees", { max: 49 })} ({field("maxEmployees")})</li>
          <li>{t("checks.kmu")}</li>
          <li>{t("checks.applyBeforeProjectStart")} ({field("applyBeforeProjectStart")}: {tc("applyBeforeProjectStartYes")})</li>
          <li>{t("checks.applyAfterStartAllowed")} ({field("applyBeforeProjectStart")}: {tc("applyBeforeProjectStartNo")})</li>
          <li>{t("checks.startedUnknown")} ({field("applyBeforeProjectStart")}: {tc("applyBeforeProjectStartEmpty")})</li>
          {view.fundingTypeChecks.map((type) => (
            <li key={type}>{t(`checks.fundingType.${type}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="verzeichnisse" title={t("rules.directoriesHeading")}>
        <ul className="list-disc pl-5">
          <li>{t("rules.directoriesAdvisors", { limit: view.directories.advisors.limit })}</li>
          <li>{t("rules.directoriesProviders", { limit: view.directories.providers.limit })}</li>
        </ul>
      </Section>
    </div>
  );
}
