import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";
import { PROGRAMME_TAGS } from "./cached";

// What calendar files and feeds need beyond a card: the id (stable UIDs and entry ids across
// renames) and the last change (DTSTAMP, Atom <updated>; the card has publishedAt). Kept out of the card DTO, which every
// list and search document carries.
export interface ProgrammeStamp {
  id: string;
  slug: string;
  updatedAt: string;
}

export async function listPublishedProgrammeStamps(): Promise<ProgrammeStamp[]> {
  const rows = await db.programme.findMany({
    where: publishedOnly(),
    select: { id: true, slug: true, updatedAt: true },
  });
  return rows.map((row) => ({ id: row.id, slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
}

/** Slug → stamp of every published programme, invalidated with the programme pages. */
export const getProgrammeStamps = unstable_cache(listPublishedProgrammeStamps, ["programme-stamps"], {
  tags: [PROGRAMME_TAGS.all],
  revalidate: 3600,
});
