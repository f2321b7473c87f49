import "server-only";
import { advisorEditorFilters } from "@/lib/advisor/editor-filters";
import { findAdvisorsForEditor } from "@/lib/advisor/editor-queries";
import { advisorContactValues } from "@/lib/advisor/editor-form-values";
import { loadAdvisorStates, type AdvisorState } from "@/lib/advisor/editor-state";
import { ADVISOR_TRANSLATED, advisorInput, type AdvisorInput } from "@/lib/advisor/schema";
import { translationFormValues } from "@/lib/content/translations";
import { createAdvisorTx, updateAdvisorTx } from "@/lib/advisor/service";
import { db } from "@/lib/db/client";
import type { EntityImporter, EntryRecord, ExistingEntry } from "../types";
import { ADVISOR_COLUMNS } from "./directory-columns";
import { enumSlugs, searchParamsObject, statusLabel, verifiedDay } from "./shared";
import { setVerifiedTx } from "./verified";

// Existing advisors are read in the editor's shape (loadAdvisorStates): an import compares with, and
// an export writes, what the form shows.
function toRecord(row: AdvisorState): EntryRecord {
  return {
    slug: row.slug,
    kind: enumSlugs([row.kind])[0]!,
    name: row.name,
    jobTitle: row.jobTitle ?? "",
    summary: row.summary,
    organisation: row.organisation,
    topics: row.topics,
    programmes: row.programmes,
    regions: row.regions,
    languages: row.languages,
    consultationModes: enumSlugs(row.consultationModes),
    ...advisorContactValues(row),
    // Kept on an update whose file has no translation columns; exported like every text.
    ...translationFormValues(row, ADVISOR_TRANSLATED),
    verifiedAt: verifiedDay(row.lastVerifiedAt),
    status: statusLabel(row.status),
  };
}

export const advisorImporter: EntityImporter<AdvisorInput> = {
  type: "advisor",
  columns: ADVISOR_COLUMNS,
  schema: advisorInput,
  titleKey: "name",
  lookalikes: { table: "Advisor", title: "name", url: null },
  async loadExisting(client, wanted) {
    const rows = wanted.length ? await loadAdvisorStates(client, { slug: { in: [...wanted] } }) : [];
    return new Map<string, ExistingEntry>(rows.map((row) => [row.slug, { id: row.id, version: row.version, slug: row.slug, status: row.status, record: toRecord(row) }]));
  },
  // The *Tx functions check advisor.create / advisor.update themselves.
  create: (tx, actor, input) => createAdvisorTx(tx, actor, input),
  update: (tx, actor, existing, input) => updateAdvisorTx(tx, actor, existing.id, { ...input, version: existing.version }),
  setVerified: (tx, actor, id, verifiedAt) => setVerifiedTx(tx, actor, "advisor", id, verifiedAt),
  async *exportBatches(actor, params, batchSize) {
    const filters = advisorEditorFilters.parse(searchParamsObject(params));
    for (let skip = 0; ; skip += batchSize) {
      const { items } = await findAdvisorsForEditor(actor, filters, { skip, take: batchSize });
      const ids = items.map((item) => item.id);
      if (ids.length === 0) return;
      const byId = new Map((await loadAdvisorStates(db, { id: { in: ids } })).map((row) => [row.id, row]));
      yield ids.flatMap((id) => (byId.has(id) ? [toRecord(byId.get(id)!)] : []));
      if (ids.length < batchSize) return;
    }
  },
};
