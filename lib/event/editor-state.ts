import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import { instantToBerlinLocal } from "@/lib/dates";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { WorkflowState } from "@/lib/publication";
import { EVENT_FIELDS, type EventInput } from "./schema";
import { translationSelect } from "@/lib/content/translations";

// The event as the editor sees it: its form fields with links named by slug and its times as
// Berlin wall-clock values. The same shape serves the form's saved values, the audit before/after
// and the conflict comparison.
const EVENT_EDITOR_SELECT = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  ...translationSelect(["title", "summary", "description"]),
  format: true,
  venueName: true,
  street: true,
  postalCode: true,
  town: true,
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  costs: true,
  registrationUrl: true,
  targetGroups: true,
  status: true,
  version: true,
  publishedAt: true,
  lastVerifiedAt: true,
  updatedAt: true,
  organiser: { select: { slug: true } },
  topics: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
  regions: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.EventSelect;

export type EventState = EventInput & WorkflowState;

/** Events in the editor's shape; the CSV import reads them in batches to compare and export. */
export async function loadEventStates(tx: Tx, where: Prisma.EventWhereInput): Promise<EventState[]> {
  const rows = await tx.event.findMany({ where, select: EVENT_EDITOR_SELECT });
  return rows.map(({ organiser, topics, regions, startsAt, endsAt, ...rest }) => ({
    ...rest,
    organiser: organiser.slug,
    startsAt: instantToBerlinLocal(startsAt),
    endsAt: instantToBerlinLocal(endsAt),
    topics: topics.map((t) => t.slug),
    regions: regions.map((r) => r.slug),
  }));
}

export async function loadEventState(tx: Tx, id: string): Promise<EventState | null> {
  const [state] = await loadEventStates(tx, { id });
  return state ?? null;
}

/** The form fields only (what the audit row and the conflict table compare), lists sorted. */
export function eventFields(value: EventInput & { slug: string | null }): Record<string, unknown> {
  return Object.fromEntries(
    EVENT_FIELDS.map((field) => {
      const v = value[field];
      return [field, Array.isArray(v) ? [...v].sort() : v];
    }),
  );
}

/** Links by slug → row ids; unknown slugs become messages next to their fields. */
export async function resolveEventLinks(tx: Tx, input: Pick<EventInput, "organiser" | "topics" | "regions">) {
  // One after another: a transaction has one connection.
  const organiser = await tx.organisation.findUnique({ where: { slug: input.organiser }, select: { id: true } });
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } });
  const regions = await tx.region.findMany({ where: { slug: { in: input.regions } }, select: { id: true, slug: true } });
  const fieldErrors: FieldErrors = {};
  if (!organiser) fieldErrors.organiser = ["validation.invalidOption"];
  const missing = (wanted: string[], found: { slug: string }[]) => wanted.some((slug) => !found.some((row) => row.slug === slug));
  if (missing(input.topics, topics)) fieldErrors.topics = ["validation.invalidOption"];
  if (missing(input.regions, regions)) fieldErrors.regions = ["validation.invalidOption"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "errors.invalid", { fieldErrors });
  return { organiserId: organiser!.id, topicIds: topics.map((t) => t.id), regionIds: regions.map((r) => r.id) };
}
