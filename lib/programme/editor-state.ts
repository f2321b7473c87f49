import "server-only";
import type { Tx } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { WorkflowState } from "@/lib/publication";
import { PROGRAMME_CONTENT_FIELDS } from "./content-select";
import type { ProgrammeInput } from "./schema";

// One programme as the editor sees it: every editable field in the shape of the form input
// (relations as sorted id lists, calendar days as YYYY-MM-DD), plus the workflow fields. The
// same shape feeds the form defaults, the audit before/after and the conflict comparison.
export const EDITOR_ROW_SELECT = {
  id: true,
  ...PROGRAMME_CONTENT_FIELDS,
  fundingBodyId: true,
  status: true,
  version: true,
  lastVerifiedAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  topics: { select: { id: true } },
  regions: { select: { id: true } },
  advisors: { select: { id: true } },
} as const;

export type ProgrammeEditorRow = Omit<ProgrammeInput, "version" | "slug"> & WorkflowState & { createdAt: Date };

type Raw = NonNullable<Awaited<ReturnType<typeof findRaw>>>;

const findRaw = (tx: Pick<Tx, "programme">, id: string) =>
  tx.programme.findUnique({ where: { id }, select: EDITOR_ROW_SELECT });

const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();

export function toEditorRow(raw: Raw): ProgrammeEditorRow {
  const { topics, regions, advisors, applicationStart, deadline, ...rest } = raw;
  return {
    ...rest,
    fundingTypes: [...rest.fundingTypes].sort(),
    targetGroups: [...rest.targetGroups].sort(),
    topicIds: ids(topics),
    regionIds: ids(regions),
    advisorIds: ids(advisors),
    applicationStart: optionalDateColumnDay(applicationStart),
    deadline: optionalDateColumnDay(deadline),
  };
}

export async function findEditorRow(tx: Pick<Tx, "programme">, id: string): Promise<ProgrammeEditorRow | null> {
  const raw = await findRaw(tx, id);
  return raw && toEditorRow(raw);
}

/** Locks the row for the rest of the transaction (concurrent writers wait), then reads it. */
export async function lockEditorRow(tx: Tx, id: string): Promise<ProgrammeEditorRow> {
  await tx.$queryRaw`SELECT id FROM "Programme" WHERE id = ${id} FOR UPDATE`;
  const row = await findEditorRow(tx, id);
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  return row;
}

/** What the audit log stores of a programme: the editable fields and the workflow state. */
export function auditSnapshot(row: ProgrammeEditorRow): Record<string, unknown> {
  const snapshot: Record<string, unknown> = { ...row };
  for (const key of ["id", "createdAt", "updatedAt"]) delete snapshot[key];
  return snapshot;
}
