import "server-only";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProgrammeCards } from "@/lib/programme/cached";
import { filterProgrammes, parseProgrammeListQuery, programmeListSchema } from "@/lib/programme/listing";
import { getProgrammeStamps } from "@/lib/programme/stamps";
import { filterQuery } from "./links";

/**
 * The published programmes a programme-list query selects, from the same cached reads and with
 * the same parser as /foerderprogramme (unknown parameters and values are ignored, rule 9), with
 * each programme's id and last change, and the canonical filter query for links.
 */
export async function selectProgrammes(raw: RawSearchParams, now: Date = new Date()) {
  const [cards, data, stamps] = await Promise.all([getProgrammeCards(), getFacetData("programme"), getProgrammeStamps()]);
  const query = parseProgrammeListQuery(raw, data.slugs);
  const { matches, counts } = filterProgrammes(cards, query, data.slugs.kreise, now);
  const bySlug = new Map(stamps.map((stamp) => [stamp.slug, stamp]));
  // A card and its stamp come from two cached reads that are invalidated together; a programme
  // published between the two reads is left out until both know it.
  const programmes = matches.flatMap((card) => {
    const stamp = bySlug.get(card.slug);
    return stamp ? [{ ...card, id: stamp.id, updatedAt: stamp.updatedAt }] : [];
  });
  // The newest change of any published programme: what an empty selection's feed is dated by.
  const latestChange = new Date(Math.max(0, ...stamps.map((stamp) => Date.parse(stamp.updatedAt))));
  return { query, data, counts, programmes, latestChange, filterQuery: filterQuery(raw, programmeListSchema(data.slugs)) };
}
