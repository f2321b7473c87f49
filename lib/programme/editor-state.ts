import "server-only";
import type { Tx } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
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
  successors: { select: { id: true } },
} as const;

export type ProgrammeEditorRow = Omit<ProgrammeInput, "version" | "slug"> & WorkflowState & { createdAt: Date };

type Raw = NonNullable<Awaited<ReturnType<typeof findRaw>>>;

const findRaw = (tx: Pick<Tx, "programme">, id: string) =>
  tx.programme.findUnique({ where: { id }, select: EDITOR_ROW_SELECT });

const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();

export function toEditorRow(raw: Raw): ProgrammeEditorRow {
  const { topics, regions, advisors, successors, applicationStart, deadline, ...rest } = raw;
  return {
    ...rest,
    fundingTypes: [...rest.fundingTypes].sort(),
    targetGroups: [...rest.targetGroups].sort(),
    topicIds: ids(topics),
    regionIds: ids(regions),
    advisorIds: ids(advisors),
    successorIds: ids(successors),
    applicationStart: optionalDateColumnDay(applicationStart),
    deadline: optionalDateColumnDay(deadline),
  };
}

export async function findEditorRow(tx: Pick<Tx, "programme">, id: string): Promise<ProgrammeEditorRow | null> {
  const raw = await findRaw(tx, id);
  return raw && toEditorRow(raw);
}

/** What the audit log stores of a programme: the editable fields and the workflow state. */
export function auditSnapshot(row: ProgrammeEditorRow): Record<string, unknown> {
  const snapshot: Record<string, unknown> = { ...row };
  for (const key of ["id", "createdAt", "updatedAt"]) delete snapshot[key];
  return snapshot;
}
