import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { BulkTarget } from "@/lib/content/bulk-request";
import { COMMON_EDITOR_ORDER, commonEditorWhere, EDITOR_LIST_SELECT, listItemBase, readEditorList } from "@/lib/content/editor-list";
import type { EditorListItem, EditorListResult, EditorListWindow } from "@/lib/content/editor-list";
import { db, type EventFormat, type Prisma } from "@/lib/db/client";
import type { EventDetailDTO } from "./dto";
import type { EventEditorFilters } from "./editor-filters";
import { loadEventState, type EventState } from "./editor-state";
import { eventDetailSelect, toEventDetailDTO } from "./queries";

// Reads for the editor area: every status, never cached. Each checks editor.access itself; the
// page guard is only a redirect (docs/architecture.md, "Private reads").

const ORDER: Record<EventEditorFilters["sortierung"], Prisma.EventOrderByWithRelationInput[]> = {
  ...COMMON_EDITOR_ORDER,
  titel: [{ title: "asc" }, { id: "asc" }],
  beginn: [{ startsAt: "asc" }, { id: "asc" }],
};

function where(filters: Partial<EventEditorFilters>, now: Date): Prisma.EventWhereInput {
  const q = filters.q?.trim();
  return {
    ...commonEditorWhere(filters, now),
    ...(filters.gebiet && { regions: { some: { slug: filters.gebiet } } }),
    ...(q && {
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
        { town: { contains: q, mode: "insensitive" } },
        { organiser: { name: { contains: q, mode: "insensitive" } } },
      ],
    }),
  };
}

const listSelect = {
  ...EDITOR_LIST_SELECT,
  title: true,
  format: true,
  startsAt: true,
  endsAt: true,
  organiser: { select: { name: true } },
} satisfies Prisma.EventSelect;

export type EventEditorListItem = EditorListItem & {
  title: string;
  format: EventFormat;
  startsAt: string;
  endsAt: string;
  organiserName: string;
};

/** One page of the filtered list and the total (the export pages through it with `take`). */
export async function findEventsForEditor(
  actor: Actor | null,
  filters: Partial<EventEditorFilters>,
  { skip = 0, take = 25, now = new Date() }: EditorListWindow = {},
): Promise<EditorListResult<EventEditorListItem>> {
  assertCan(actor, "editor.access");
  const filter = where(filters, now);
  return readEditorList(
    db.event.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: listSelect }),
    db.event.count({ where: filter }),
    (row) => ({
      ...listItemBase(row),
      title: row.title,
      format: row.format,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      organiserName: row.organiser.name,
    }),
  );
}

/** The entries a bulk action names by id (lib/content/bulk.ts), with what its summary shows. */
export async function findEventBulkTargets(actor: Actor | null, ids: readonly string[]): Promise<BulkTarget[]> {
  assertCan(actor, "editor.access");
  const rows = await db.event.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, status: true } });
  return rows.map((row) => ({ id: row.id, label: row.title, status: row.status }));
}

export async function getEventForEditor(actor: Actor | null, id: string): Promise<EventState | null> {
  assertCan(actor, "editor.access");
  return loadEventState(db, id);
}

/** The public detail DTO of any event (draft or not), for the preview. */
export async function getEventPreview(actor: Actor | null, id: string): Promise<EventDetailDTO | null> {
  assertCan(actor, "editor.access");
  const row = await db.event.findUnique({ where: { id }, select: eventDetailSelect });
  return row && toEventDetailDTO(row);
}

/** Choices for the form's pickers and the list's filters. */
export async function getEventEditorOptions(actor: Actor | null) {
  assertCan(actor, "editor.access");
  const [organisations, topics, regions] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true, kind: true } }),
  ]);
  return { organisations, topics, regions };
}
