import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { WorkflowState } from "@/lib/publication";
import { advisorDetailSelect } from "./queries";
import { ADVISOR_FIELDS, type AdvisorInput } from "./schema";

// The advisor as the editor sees it: its form fields with links named by slug. The same shape
// serves the form's saved values, the audit before/after and the conflict comparison.
// It reads what the public detail page reads (one field list for both), plus the workflow
// columns; only the programme links differ: the editor needs every linked programme, not just
// the published ones.
const ADVISOR_EDITOR_SELECT = {
  ...advisorDetailSelect,
  id: true,
  status: true,
  version: true,
  publishedAt: true,
  programmes: { select: { id: true, slug: true }, orderBy: { slug: "asc" } },
} satisfies Prisma.AdvisorSelect;

export type AdvisorState = AdvisorInput & WorkflowState & { programmeIds: string[] };

/** Advisors in the editor's shape; the CSV import reads them in batches to compare and export. */
export async function loadAdvisorStates(tx: Tx, where: Prisma.AdvisorWhereInput): Promise<AdvisorState[]> {
  const rows = await tx.advisor.findMany({ where, select: ADVISOR_EDITOR_SELECT });
  return rows.map(({ organisation, topics, programmes, regions, ...rest }) => ({
    ...rest,
    organisation: organisation.slug,
    topics: topics.map((t) => t.slug),
    programmes: programmes.map((p) => p.slug),
    programmeIds: programmes.map((p) => p.id),
    regions: regions.map((r) => r.slug),
  }));
}

export async function loadAdvisorState(tx: Tx, id: string): Promise<AdvisorState | null> {
  const [state] = await loadAdvisorStates(tx, { id });
  return state ?? null;
}

/** The form fields only (what the audit row and the conflict table compare), lists sorted. */
export function advisorFields(value: AdvisorInput & { slug: string | null }): Record<string, unknown> {
  return Object.fromEntries(
    ADVISOR_FIELDS.map((field) => {
      const v = value[field];
      return [field, Array.isArray(v) ? [...v].sort() : v];
    }),
  );
}

/** Links by slug → row ids; unknown slugs become messages next to their fields. */
export async function resolveAdvisorLinks(tx: Tx, input: Pick<AdvisorInput, "organisation" | "topics" | "programmes" | "regions">) {
  // One after another: a transaction has one connection.
  const organisation = await tx.organisation.findUnique({ where: { slug: input.organisation }, select: { id: true } });
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } });
  const programmes = await tx.programme.findMany({ where: { slug: { in: input.programmes } }, select: { id: true, slug: true } });
  const regions = await tx.region.findMany({ where: { slug: { in: input.regions } }, select: { id: true, slug: true } });
  const fieldErrors: FieldErrors = {};
  if (!organisation) fieldErrors.organisation = ["validation.invalidOption"];
  const missing = (wanted: string[], found: { slug: string }[]) => wanted.some((slug) => !found.some((row) => row.slug === slug));
  if (missing(input.topics, topics)) fieldErrors.topics = ["validation.invalidOption"];
  if (missing(input.programmes, programmes)) fieldErrors.programmes = ["validation.invalidOption"];
  if (missing(input.regions, regions)) fieldErrors.regions = ["validation.invalidOption"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "errors.invalid", { fieldErrors });
  return {
    organisationId: organisation!.id,
    topicIds: topics.map((t) => t.id),
    programmeIds: programmes.map((p) => p.id),
    regionIds: regions.map((r) => r.id),
  };
}
