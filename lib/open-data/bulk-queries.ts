import "server-only";
import { advisorDetailSelect, toAdvisorDetailDTO } from "@/lib/advisor/queries";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import { db } from "@/lib/db/client";
import { programmeDetailSelect, toProgrammeDetailDTO } from "@/lib/programme/queries";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import { providerDetailSelect, toProviderDetailDTO } from "@/lib/provider/queries";
import type { ProviderDetailDTO } from "@/lib/provider/dto";
import { publishedOnly } from "@/lib/publication";

// The bulk downloads read every published entry with the detail pages' own selects, in one query
// per directory (not one per entry), in id order like the API's lists.
type WithId<T> = T & { id: string };

export async function listPublishedProgrammeDetails(): Promise<WithId<ProgrammeDetailDTO>[]> {
  const rows = await db.programme.findMany({ where: publishedOnly(), select: { ...programmeDetailSelect, id: true }, orderBy: { id: "asc" } });
  return rows.map(({ id, ...row }) => ({ ...toProgrammeDetailDTO(row), id }));
}

export async function listPublishedAdvisorDetails(): Promise<WithId<AdvisorDetailDTO>[]> {
  const rows = await db.advisor.findMany({ where: publishedOnly(), select: { ...advisorDetailSelect, id: true }, orderBy: { id: "asc" } });
  return rows.map(({ id, ...row }) => ({ ...toAdvisorDetailDTO(row), id }));
}

export async function listPublishedProviderDetails(): Promise<WithId<ProviderDetailDTO>[]> {
  const rows = await db.provider.findMany({ where: publishedOnly(), select: { ...providerDetailSelect, id: true }, orderBy: { id: "asc" } });
  return rows.map(({ id, ...row }) => ({ ...toProviderDetailDTO(row), id }));
}
