import "server-only";
import { advisorDetailSelect, toAdvisorDetailDTO } from "@/lib/advisor/queries";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import { db } from "@/lib/db/client";
import { programmeDetailSelect, toProgrammeDetailDTO } from "@/lib/programme/queries";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import { providerDetailSelect, toProviderDetailDTO } from "@/lib/provider/queries";
import type { ProviderDetailDTO } from "@/lib/provider/dto";
import { publishedOnly } from "@/lib/publication";
import { eventDetailSelect, toEventDetailDTO } from "@/lib/event/queries";
import type { EventDetailDTO } from "@/lib/event/dto";
import { initiativeDetailSelect, toInitiativeDetailDTO } from "@/lib/initiative/queries";
import type { InitiativeDetailDTO } from "@/lib/initiative/dto";

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

/** Upcoming and past events alike: the file is the whole record, `past` says which. */
export async function listPublishedEventDetails(): Promise<WithId<EventDetailDTO>[]> {
  const rows = await db.event.findMany({ where: publishedOnly(), select: eventDetailSelect, orderBy: { id: "asc" } });
  return rows.map((row) => toEventDetailDTO(row));
}

export async function listPublishedInitiativeDetails(): Promise<WithId<InitiativeDetailDTO>[]> {
  const rows = await db.initiative.findMany({ where: publishedOnly(), select: { ...initiativeDetailSelect, id: true }, orderBy: { id: "asc" } });
  return rows.map(({ id, ...row }) => ({ ...toInitiativeDetailDTO(row), id }));
}
