import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { BulkTarget } from "@/lib/content/bulk-request";
import { COMMON_EDITOR_ORDER, commonEditorWhere, EDITOR_LIST_SELECT, listItemBase, readEditorList } from "@/lib/content/editor-list";
import type { EditorListItem, EditorListResult, EditorListWindow } from "@/lib/content/editor-list";
import { db, type NewsKind, type Prisma } from "@/lib/db/client";
import type { NewsDetailDTO } from "./dto";
import type { NewsEditorFilters } from "./editor-filters";
import { loadNewsState, type NewsState } from "./editor-state";
import { newsDetailSelect, shownDate, toNewsDetailDTO } from "./queries";

// Reads for the editor area: every status, never cached. Each checks editor.access itself; the
// page guard is only a redirect (docs/architecture.md, "Private reads").

const ORDER: Record<NewsEditorFilters["sortierung"], Prisma.NewsItemOrderByWithRelationInput[]> = {
  ...COMMON_EDITOR_ORDER,
  name: [{ title: "asc" }, { id: "asc" }],
};

function where(filters: Partial<NewsEditorFilters>, now: Date): Prisma.NewsItemWhereInput {
  const q = filters.q?.trim();
  return {
    ...commonEditorWhere(filters, now),
    ...(filters.thema && { topics: { some: { slug: filters.thema } } }),
    ...(filters.art && { kind: filters.art.toUpperCase() as NewsKind }),
    ...(q && {
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
        { summary: { contains: q, mode: "insensitive" } },
      ],
    }),
  };
}

const listSelect = {
  ...EDITOR_LIST_SELECT,
  title: true,
  kind: true,
  newsDate: true,
  publishedAt: true,
  createdAt: true,
} satisfies Prisma.NewsItemSelect;

export type NewsEditorListItem = EditorListItem & { title: string; kind: NewsKind; date: string };

/** One page of the filtered list and the total. */
export async function findNewsForEditor(
  actor: Actor | null,
  filters: Partial<NewsEditorFilters>,
  { skip = 0, take = 25, now = new Date() }: EditorListWindow = {},
): Promise<EditorListResult<NewsEditorListItem>> {
  assertCan(actor, "editor.access");
  const filter = where(filters, now);
  return readEditorList(
    db.newsItem.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: listSelect }),
    db.newsItem.count({ where: filter }),
    (row) => ({ ...listItemBase(row), title: row.title, kind: row.kind, date: shownDate(row) }),
  );
}

/** The entries a bulk action names by id (lib/content/bulk.ts), with what its summary shows. */
export async function findNewsBulkTargets(actor: Actor | null, ids: readonly string[]): Promise<BulkTarget[]> {
  assertCan(actor, "editor.access");
  const rows = await db.newsItem.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, status: true } });
  return rows.map((row) => ({ id: row.id, label: row.title, status: row.status }));
}

export async function getNewsForEditor(actor: Actor | null, id: string): Promise<NewsState | null> {
  assertCan(actor, "editor.access");
  return loadNewsState(db, id);
}

/** The public detail DTO of any news item (draft or not), for the preview. */
export async function getNewsPreview(actor: Actor | null, id: string): Promise<NewsDetailDTO | null> {
  assertCan(actor, "editor.access");
  const row = await db.newsItem.findUnique({ where: { id }, select: newsDetailSelect });
  return row && toNewsDetailDTO(row);
}

/** Choices for the form's pickers and the list's filters. */
export async function getNewsEditorOptions(actor: Actor | null) {
  assertCan(actor, "editor.access");
  const [topics, programmes, initiatives, events] = await Promise.all([
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.programme.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, status: true } }),
    db.initiative.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, status: true } }),
    db.event.findMany({ orderBy: { startsAt: "desc" }, select: { slug: true, title: true, status: true } }),
  ]);
  return { topics, programmes, initiatives, events };
}
