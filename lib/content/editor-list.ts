import type { PublicationStatus } from "@/lib/db/enums";
import { staleWhere } from "@/lib/freshness/rules";
import type { EditorListFilters } from "./editor-filters";

// What the editor lists of programmes, advisors and providers have in common: the row fields the
// shared columns show, the result shape, and the filters and orders every list has.

/** A list row: what the shared columns (status, verified, updated) need; dates as ISO strings. */
export type EditorListItem = { id: string; slug: string; status: PublicationStatus; lastVerifiedAt: string | null; updatedAt: string };

/** One page of a filtered editor list and the number of all matching entries. */
export type EditorListResult<Item extends EditorListItem> = { items: Item[]; total: number };

/** Which slice to read; `now` is the clock of the date filters ("ungeprüft", "Frist"). */
export type EditorListWindow = { skip?: number; take?: number; now?: Date };

export const EDITOR_LIST_SELECT = { id: true, slug: true, status: true, lastVerifiedAt: true, updatedAt: true } as const;

/** The where-fragment of the filters every list has: status and "nicht geprüft seit 90 Tagen". */
export const commonEditorWhere = (filters: Partial<Pick<EditorListFilters, "status" | "ungeprueft">>, now: Date) => ({
  ...(filters.status ? { status: filters.status } : {}),
  ...(filters.ungeprueft ? staleWhere(now) : {}),
});

/** The orders every list offers; the longest unchecked first is what most needs attention. */
export const COMMON_EDITOR_ORDER = {
  geaendert: [{ updatedAt: "desc" as const }, { id: "asc" as const }],
  geprueft: [{ lastVerifiedAt: { sort: "asc" as const, nulls: "first" as const } }, { id: "asc" as const }],
};

type ListRow = { id: string; slug: string; status: PublicationStatus; lastVerifiedAt: Date | null; updatedAt: Date };

/** The shared fields of a list row (selected with EDITOR_LIST_SELECT), dates as ISO strings. */
export const listItemBase = ({ id, slug, status, lastVerifiedAt, updatedAt }: ListRow): EditorListItem => ({
  id,
  slug,
  status,
  lastVerifiedAt: lastVerifiedAt?.toISOString() ?? null,
  updatedAt: updatedAt.toISOString(),
});

/** Reads a page and the count together and maps the rows to list items. */
export async function readEditorList<Row, Item extends EditorListItem>(
  page: Promise<Row[]>,
  count: Promise<number>,
  toItem: (row: Row) => Item,
): Promise<EditorListResult<Item>> {
  const [rows, total] = await Promise.all([page, count]);
  return { items: rows.map(toItem), total };
}
