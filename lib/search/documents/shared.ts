import { isRichText, richTextToPlain } from "@/lib/rich-text/plain";
import { RegionKind } from "@/lib/db/enums";
import { servedKreise } from "@/lib/taxonomy/kreise";
import type { SearchDocType } from "../types";
import type { SearchClient } from "../client";

/** `${type}:${entityId}`: stable across edits (slugs may change, ids do not). */
export function documentId(type: SearchDocType, entityId: string): string {
  return `${type}:${entityId}`;
}

export function parseDocumentId(id: string): { type: SearchDocType; entityId: string } | null {
  const match = /^(programme|advisor|provider|event|initiative|news):(.+)$/.exec(id);
  return match ? { type: match[1] as SearchDocType, entityId: match[2]! } : null;
}

/** Non-empty parts, one paragraph each. */
// Rich text fields hold HTML: indexed as its text, so no engine takes tags or entities for words.
export function joinText(...parts: (string | null | undefined)[]): string {
  return parts
    .map((part) => (isRichText(part) ? richTextToPlain(part!) : part?.trim()))
    .filter(Boolean)
    .join("\n\n");
}

/** What every builder needs besides its rows: the Kreise (the "gebiet" facet's values). */
export interface BuildContext {
  kreise: { slug: string; name: string }[];
  kreisNames(slugs: readonly string[]): string[];
  /** The Kreise an entry linked to these regions serves (a wider area, or a region-wide funding level without regions, serves every Kreis). */
  servedKreise(regionSlugs: readonly string[], level?: string): string[];
}

export async function loadBuildContext(client: SearchClient): Promise<BuildContext> {
  const kreise = await client.region.findMany({
    where: { kind: RegionKind.KREIS },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
  const names = new Map(kreise.map((k) => [k.slug, k.name]));
  const slugs = kreise.map((k) => k.slug);
  return {
    kreise,
    kreisNames: (wanted) => wanted.map((s) => names.get(s)).filter((n): n is string => Boolean(n)),
    servedKreise: (regionSlugs, level) => servedKreise(regionSlugs, slugs, level),
  };
}

export interface BuildPage {
  take: number;
  cursor?: string;
}

/** The findMany arguments every builder shares: published rows among `ids`, a keyset page by id. */
export function publishedBatch(publishedWhere: object, ids?: readonly string[], page?: BuildPage) {
  return {
    where: { ...publishedWhere, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: { id: "asc" as const },
    ...(page ? { take: page.take, ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}) } : {}),
  };
}
