import "server-only";
import type { Tx } from "@/lib/db/client";
import { richTextToPlain } from "@/lib/rich-text/plain";

type Values = Record<string, unknown>;

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : []);

/**
 * Readable values for the conflict table: names instead of ids, rich text as plain text. Looked
 * up once for both sides (the user's input and the stored row).
 */
export async function conflictDisplay(tx: Tx, mine: Values, theirs: Values) {
  const all = (field: string) => [...new Set([...idsOf(mine[field]), ...idsOf(theirs[field])])];
  // One after the other: a transaction runs one query at a time.
  const bodies = await tx.organisation.findMany({ where: { id: { in: all("fundingBodyId") } }, select: { id: true, name: true } });
  const topics = await tx.topic.findMany({ where: { id: { in: all("topicIds") } }, select: { id: true, name: true } });
  const regions = await tx.region.findMany({ where: { id: { in: all("regionIds") } }, select: { id: true, name: true } });
  const advisors = await tx.advisor.findMany({ where: { id: { in: all("advisorIds") } }, select: { id: true, name: true } });
  const programmes = await tx.programme.findMany({ where: { id: { in: all("successorIds") } }, select: { id: true, title: true } });
  const names = new Map([...bodies, ...topics, ...regions, ...advisors, ...programmes.map((p) => ({ id: p.id, name: p.title }))].map((item) => [item.id, item.name]));
  const named = (value: unknown) => idsOf(value).map((id) => names.get(id) ?? id);
  return (field: string, value: unknown): unknown => {
    if (field === "fundingBodyId") return named(value)[0] ?? null;
    if (field === "topicIds" || field === "regionIds" || field === "advisorIds" || field === "successorIds") return named(value).sort((a, b) => a.localeCompare(b, "de"));
    if (typeof value === "string" && (field === "description" || field === "eligibility" || field === "howToApply" || field === "requiredDocuments")) return richTextToPlain(value);
    return value;
  };
}
