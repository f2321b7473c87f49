import "server-only";
import { unstable_cache } from "next/cache";
import type { AuditActionOf } from "@/lib/audit/events";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";
import { PROGRAMME_TAGS } from "./cached";

// What calendar files and feeds need beyond a card: the id (stable UIDs and entry ids across
// renames) and the last change of what the public sees (DTSTAMP, Atom <updated>). Kept out of the
// card DTO, which every list and search document carries.
export interface ProgrammeStamp {
  id: string;
  slug: string;
  /** ISO instant of the last content change or publication */
  updatedAt: string;
}

// The audit actions that change what a visitor sees. Not updatedAt: "Als geprüft bestätigen" (also
// in bulk) touches it without changing content and must not put 60 programmes at the top of every
// feed; the other workflow verbs change the status only (a published entry was published after them).
const CHANGES: AuditActionOf<"programme">[] = ["programme.created", "programme.updated", "programme.imported", "programme.published"];

export async function listPublishedProgrammeStamps(): Promise<ProgrammeStamp[]> {
  const rows = await db.programme.findMany({ where: publishedOnly(), select: { id: true, slug: true, publishedAt: true, createdAt: true } });
  const changes = await db.auditLog.groupBy({
    by: ["entityId"],
    where: { entityType: "programme", entityId: { in: rows.map((row) => row.id) }, action: { in: CHANGES } },
    _max: { createdAt: true },
  });
  const lastChange = new Map(changes.map((change) => [change.entityId, change._max.createdAt]));
  return rows.map((row) => {
    // Entries written without the app (the seed) have no audit rows: their publication is their last change.
    const published = row.publishedAt ?? row.createdAt;
    const changed = lastChange.get(row.id);
    return { id: row.id, slug: row.slug, updatedAt: (changed && changed > published ? changed : published).toISOString() };
  });
}

/** Every published programme's stamp, invalidated with the programme pages. */
export const getProgrammeStamps = unstable_cache(listPublishedProgrammeStamps, ["programme-stamps"], {
  tags: [PROGRAMME_TAGS.all],
  revalidate: 3600,
});
