import "server-only";
import { providerEditorFilters } from "@/lib/provider/editor-filters";
import { db } from "@/lib/db/client";
import { findProvidersForEditor } from "@/lib/provider/editor-queries";
import { providerContactValues } from "@/lib/provider/editor-form-values";
import { loadProviderStates, type ProviderState } from "@/lib/provider/editor-state";
import { PROVIDER_TRANSLATED, providerInput, type ProviderInput } from "@/lib/provider/schema";
import { translationFormValues } from "@/lib/content/translations";
import { createProviderTx, updateProviderTx } from "@/lib/provider/service";
import type { EntityImporter, EntryRecord, ExistingEntry } from "../types";
import { PROVIDER_COLUMNS } from "./directory-columns";
import { enumSlugs, searchParamsObject, statusLabel, verifiedDay } from "./shared";
import { setVerifiedTx } from "./verified";

// Existing providers are read in the editor's shape (loadProviderStates): an import compares with, and
// an export writes, what the form shows.
function toRecord(row: ProviderState): EntryRecord {
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    description: row.description,
    // Kept on an update whose file has no translation columns; exported like every text.
    ...translationFormValues(row, PROVIDER_TRANSLATED),
    services: enumSlugs(row.services),
    industries: enumSlugs(row.industries),
    certifications: row.certifications,
    size: enumSlugs([row.size])[0]!,
    foundedYear: row.foundedYear === null ? "" : String(row.foundedYear),
    ...providerContactValues(row),
    references: row.references.map((ref) => ({ title: ref.title, client: ref.client, description: ref.description, year: ref.year })),
    verifiedAt: verifiedDay(row.lastVerifiedAt),
    status: statusLabel(row.status),
  };
}

export const providerImporter: EntityImporter<ProviderInput> = {
  type: "provider",
  columns: PROVIDER_COLUMNS,
  schema: providerInput,
  titleKey: "name",
  lookalikes: { table: "Provider", title: "name", url: "website" },
  async loadExisting(client, wanted) {
    const rows = wanted.length ? await loadProviderStates(client, { slug: { in: [...wanted] } }) : [];
    return new Map<string, ExistingEntry>(rows.map((row) => [row.slug, { id: row.id, version: row.version, slug: row.slug, status: row.status, record: toRecord(row) }]));
  },
  // The *Tx functions check provider.create / provider.update themselves.
  create: (tx, actor, input) => createProviderTx(tx, actor, input),
  update: (tx, actor, existing, input) => updateProviderTx(tx, actor, existing.id, { ...input, version: existing.version }),
  setVerified: (tx, actor, id, verifiedAt) => setVerifiedTx(tx, actor, "provider", id, verifiedAt),
  async *exportBatches(actor, params, batchSize) {
    const filters = providerEditorFilters.parse(searchParamsObject(params));
    for (let skip = 0; ; skip += batchSize) {
      const { items } = await findProvidersForEditor(actor, filters, { skip, take: batchSize });
      const ids = items.map((item) => item.id);
      if (ids.length === 0) return;
      const byId = new Map((await loadProviderStates(db, { id: { in: ids } })).map((row) => [row.id, row]));
      yield ids.flatMap((id) => (byId.has(id) ? [toRecord(byId.get(id)!)] : []));
      if (ids.length < batchSize) return;
    }
  },
};
