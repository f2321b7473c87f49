import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { commonEditorColumns, nameColumn } from "@/components/editor/common-columns";
import { EditorListView } from "@/components/editor/editor-list-view";
import type { ListColumn } from "@/components/editor/entity-list-table";
import { FilterCheckbox, FilterSelect } from "@/components/editor/filter-controls";
import { requirePermission } from "@/lib/auth/guard";
import { allowedBulkActions } from "@/lib/content/bulk-request";
import { parseEditorList } from "@/lib/content/editor-filters";
import { FUNDING_LEVELS, facetParam } from "@/lib/facets/registry";
import { formatDay } from "@/lib/format";
import { PROGRAMME_EDITOR_SORTS, programmeEditorFilters } from "@/lib/programme/editor-filters";
import { findProgrammesForEditor, type ProgrammeEditorListItem } from "@/lib/programme/editor-queries";
import { bulkProgrammeAction } from "./bulk-actions";

const BASE = "/redaktion/foerderprogramme";
const MESSAGES = "programmeEditor.list";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations(MESSAGES))("title") };
}

export default async function ProgrammeEditorListPage({ searchParams }: Props) {
  const actor = await requirePermission("programme.update", BASE);
  const list = parseEditorList(programmeEditorFilters, await searchParams);
  const [result, t, te, tf, common] = await Promise.all([
    findProgrammesForEditor(actor, list.filters, list.window),
    getTranslations(MESSAGES),
    getTranslations("editor.list"),
    getTranslations("facets"),
    commonEditorColumns<ProgrammeEditorListItem>(),
  ]);
  const columns: ListColumn<ProgrammeEditorListItem>[] = [
    nameColumn(te("columns.title"), BASE, (row) => row.title, (row) => `${row.fundingBodyName} · ${tf(`fundingLevel.${row.level}`)}`),
    { key: "deadline", header: t("deadline"), cell: (row) => (row.deadline ? formatDay(row.deadline) : t("noDeadline")) },
    ...common,
  ];

  return (
    <EditorListView base={BASE} exportPath="/redaktion/export/foerderprogramme" messages={MESSAGES} list={list} sorts={PROGRAMME_EDITOR_SORTS} result={result} columns={columns}
      bulk={{ action: bulkProgrammeAction, actions: allowedBulkActions(actor, "programme"), label: (row) => row.title }}>
      <FilterSelect
        id="filter-level"
        name={facetParam("fundingLevel")}
        label={t("levelLabel")}
        allLabel={t("allLevels")}
        value={list.filters.ebene}
        options={FUNDING_LEVELS.map((level) => ({ value: level, label: tf(`fundingLevel.${level}`) }))}
      />
      <FilterCheckbox id="filter-deadline" name="frist" value="30" label={t("deadlineSoon")} checked={list.filters.frist} />
    </EditorListView>
  );
}
