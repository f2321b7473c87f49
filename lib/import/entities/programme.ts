import "server-only";
import { enumToSlug } from "@/lib/facets";
import { db, type Db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import { PROGRAMME_CONTENT_FIELDS } from "@/lib/programme/content-select";
import { programmeEditorFilters } from "@/lib/programme/editor-filters";
import { findProgrammesForEditor } from "@/lib/programme/editor-queries";
import { translationFormValues } from "@/lib/content/translations";
import { PROGRAMME_TRANSLATED, programmeSchema, type ProgrammeInput } from "@/lib/programme/schema";
import { createProgrammeTx, updateProgrammeTx } from "@/lib/programme/service";
import type { EntityImporter, EntryRecord, ExistingEntry } from "../types";
import { statusLabel, day, slugs, searchParamsObject, verifiedDay } from "./shared";
import { setVerifiedTx } from "./verified";
import { PROGRAMME_COLUMNS } from "./programme-columns";

const RECORD_SELECT = {
  id: true,
  version: true,
  status: true,
  lastVerifiedAt: true,
  ...PROGRAMME_CONTENT_FIELDS,
  fundingBody: { select: { slug: true } },
  topics: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
  regions: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
  advisors: { select: { slug: true }, orderBy: { slug: "asc" } },
  successors: { select: { slug: true }, orderBy: { slug: "asc" } },
} as const;

type Row = Awaited<ReturnType<typeof findRecords>>[number];

const findRecords = (client: Db | Tx, where: { slug: { in: string[] } } | { id: { in: string[] } }) =>
  client.programme.findMany({ where, select: RECORD_SELECT });

function toRecord(row: Row): EntryRecord {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    // Kept on an update whose file has no translation columns; exported like every text.
    ...translationFormValues(row, PROGRAMME_TRANSLATED),
    eligibility: row.eligibility ?? "",
    howToApply: row.howToApply ?? "",
    fundingBody: row.fundingBody.slug,
    level: enumToSlug(row.level),
    fundingTypes: row.fundingTypes.map(enumToSlug),
    targetGroups: row.targetGroups.map(enumToSlug),
    topics: slugs(row.topics),
    regions: slugs(row.regions),
    advisors: slugs(row.advisors),
    amountText: row.amountText ?? "",
    amountMin: row.amountMin === null ? "" : String(row.amountMin),
    amountMax: row.amountMax === null ? "" : String(row.amountMax),
    applicationStart: day(row.applicationStart),
    deadline: day(row.deadline),
    maxEmployees: row.maxEmployees === null ? "" : String(row.maxEmployees),
    applyBeforeProjectStart: row.applyBeforeProjectStart === null ? "" : row.applyBeforeProjectStart ? "ja" : "nein",
    sourceUrl: row.sourceUrl,
    requiredDocuments: row.requiredDocuments ?? "",
    legalBasisTitle: row.legalBasisTitle ?? "",
    legalBasisUrl: row.legalBasisUrl ?? "",
    combinability: row.combinability ? enumToSlug(row.combinability) : "",
    combinabilityNote: row.combinabilityNote ?? "",
    contactName: row.contactName ?? "",
    contactEmail: row.contactEmail ?? "",
    contactPhone: row.contactPhone ?? "",
    successors: slugs(row.successors),
    verifiedAt: verifiedDay(row.lastVerifiedAt),
    status: statusLabel(row.status),
  };
}

export const programmeImporter: EntityImporter<ProgrammeInput> = {
  type: "programme",
  columns: PROGRAMME_COLUMNS,
  schema: programmeSchema,
  titleKey: "title",
  lookalikes: { table: "Programme", title: "title", url: "sourceUrl" },
  async loadExisting(client, wanted) {
    const rows = wanted.length ? await findRecords(client, { slug: { in: [...wanted] } }) : [];
    return new Map<string, ExistingEntry>(rows.map((row) => [row.slug, { id: row.id, version: row.version, slug: row.slug, status: row.status, record: toRecord(row) }]));
  },
  async create(tx, actor, input) {
    assertCan(actor, "programme.create");
    const { row, tags } = await createProgrammeTx(tx, actor, input);
    return { id: row.id, slug: row.slug, tags };
  },
  async update(tx, actor, existing, input) {
    assertCan(actor, "programme.update");
    const { row, tags } = await updateProgrammeTx(tx, actor, existing.id, input, { expectedVersion: existing.version });
    return { id: row.id, slug: row.slug, tags };
  },
  setVerified: (tx, actor, id, verifiedAt) => setVerifiedTx(tx, actor, "programme", id, verifiedAt),
  async *exportBatches(actor, params, batchSize) {
    const filters = programmeEditorFilters.parse(searchParamsObject(params));
    for (let skip = 0; ; skip += batchSize) {
      const { items } = await findProgrammesForEditor(actor, filters, { skip, take: batchSize });
      const ids = items.map((item) => item.id);
      if (ids.length === 0) return;
      const byId = new Map((await findRecords(db, { id: { in: ids } })).map((row) => [row.id, row]));
      yield ids.flatMap((id) => (byId.has(id) ? [toRecord(byId.get(id)!)] : []));
      if (ids.length < batchSize) return;
    }
  },
};
