import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import { dateColumnDay } from "@/lib/dates";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { WorkflowState } from "@/lib/publication";
import { INITIATIVE_CONTENT_FIELDS, MILESTONE_SELECT, SOURCE_LINK_SELECT } from "./content-select";
import { INITIATIVE_FIELDS, type InitiativeInput, type MilestoneInput, type SourceLinkInput } from "./schema";

// The initiative as the editor sees it: its form fields with links named by slug and its
// milestones and source links in order. The same shape serves the form's saved values, the
// audit before/after and the conflict comparison, so milestones are part of all three.
const INITIATIVE_EDITOR_SELECT = {
  ...INITIATIVE_CONTENT_FIELDS,
  id: true,
  status: true,
  version: true,
  publishedAt: true,
  lastVerifiedAt: true,
  updatedAt: true,
  responsibleBody: { select: { slug: true } },
  regions: { select: { slug: true }, orderBy: { slug: "asc" } },
  topics: { select: { slug: true }, orderBy: { slug: "asc" } },
  programmes: { select: { id: true, slug: true }, orderBy: { slug: "asc" } },
  contactAdvisor: { select: { slug: true } },
  milestones: MILESTONE_SELECT,
  sourceLinks: SOURCE_LINK_SELECT,
} satisfies Prisma.InitiativeSelect;

export type InitiativeState = InitiativeInput & WorkflowState;

export async function loadInitiativeStates(tx: Tx, where: Prisma.InitiativeWhereInput): Promise<InitiativeState[]> {
  const rows = await tx.initiative.findMany({ where, select: INITIATIVE_EDITOR_SELECT });
  return rows.map(({ responsibleBody, regions, topics, programmes, contactAdvisor, milestones, ...rest }) => ({
    ...rest,
    responsibleBody: responsibleBody.slug,
    regions: regions.map((r) => r.slug),
    topics: topics.map((t) => t.slug),
    programmes: programmes.map((p) => p.slug),
    contactAdvisor: contactAdvisor?.slug ?? null,
    milestones: milestones.map((m) => ({ ...m, date: dateColumnDay(m.date) })),
  }));
}

export async function loadInitiativeState(tx: Tx, id: string): Promise<InitiativeState | null> {
  const [state] = await loadInitiativeStates(tx, { id });
  return state ?? null;
}

/** A milestone as one readable line, so histories and conflict tables can show it as text. */
export const milestoneLine = (m: MilestoneInput) =>
  `${m.date}: ${m.title}${m.roadmapPhase ? ` [${m.roadmapPhase}]` : ""}${m.description ? ` – ${m.description}` : ""}`;
export const sourceLinkLine = (s: SourceLinkInput) => `${s.label} <${s.url}>`;

/** Milestones in the order they are stored and shown: by date, same-day ones as entered. */
export const sortedMilestones = (milestones: readonly MilestoneInput[]) =>
  milestones.map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date) || a.i - b.i).map(({ m }) => m);

/** The form fields only (what audit rows and conflict tables compare); link lists sorted. */
export function initiativeFields(value: InitiativeInput & { slug: string | null }): Record<string, unknown> {
  return Object.fromEntries(
    INITIATIVE_FIELDS.map((field) => {
      if (field === "milestones") return [field, sortedMilestones(value.milestones).map(milestoneLine)];
      if (field === "sourceLinks") return [field, value.sourceLinks.map(sourceLinkLine)];
      const v = value[field];
      return [field, Array.isArray(v) ? [...(v as string[])].sort() : v];
    }),
  );
}

/** Links by slug → row ids; unknown slugs become messages next to their fields. */
export async function resolveInitiativeLinks(tx: Tx, input: Pick<InitiativeInput, "responsibleBody" | "regions" | "topics" | "programmes" | "contactAdvisor">) {
  // One after another: a transaction has one connection.
  const body = await tx.organisation.findUnique({ where: { slug: input.responsibleBody }, select: { id: true } });
  const regions = await tx.region.findMany({ where: { slug: { in: input.regions } }, select: { id: true, slug: true } });
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } });
  const programmes = await tx.programme.findMany({ where: { slug: { in: input.programmes } }, select: { id: true, slug: true } });
  const advisor = input.contactAdvisor ? await tx.advisor.findUnique({ where: { slug: input.contactAdvisor }, select: { id: true } }) : null;
  const fieldErrors: FieldErrors = {};
  const missing = (wanted: string[], found: { slug: string }[]) => wanted.some((slug) => !found.some((row) => row.slug === slug));
  if (!body) fieldErrors.responsibleBody = ["validation.invalidOption"];
  if (missing(input.regions, regions)) fieldErrors.regions = ["validation.invalidOption"];
  if (missing(input.topics, topics)) fieldErrors.topics = ["validation.invalidOption"];
  if (missing(input.programmes, programmes)) fieldErrors.programmes = ["validation.invalidOption"];
  if (input.contactAdvisor && !advisor) fieldErrors.contactAdvisor = ["validation.invalidOption"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "errors.invalid", { fieldErrors });
  return {
    responsibleBodyId: body!.id,
    regionIds: regions.map((r) => r.id),
    topicIds: topics.map((t) => t.id),
    programmeIds: programmes.map((p) => p.id),
    contactAdvisorId: advisor?.id ?? null,
  };
}
