import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { OrganisationKind } from "@/lib/db/enums";
import { ORGANISATION_KINDS } from "./schema";
import { USES_COUNT_SELECT, type OrganisationUses } from "./uses";

export const ORGANISATION_PAGE_SIZE = 50;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// Every query parameter is parsed; unknown or malformed values fall back to "no filter".
const listParams = z.object({
  q: z.preprocess(first, z.string().trim().max(100).catch("")).default(""),
  art: z.preprocess(first, z.enum(ORGANISATION_KINDS).optional().catch(undefined)),
  seite: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)).default(1),
});
export type OrganisationListParams = { q: string; kind?: OrganisationKind; page: number };

export function parseOrganisationListParams(searchParams: Record<string, string | string[] | undefined>): OrganisationListParams {
  const { q, art, seite } = listParams.parse(searchParams);
  return { q, kind: art, page: seite };
}

/** The row with how many programmes, advisors, events and initiatives refer to it. */
export interface OrganisationRowDTO extends OrganisationUses {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  town: string | null;
}

// The editor list and form (/redaktion/organisationen); public pages read organisations elsewhere.
export async function listOrganisations(actor: Actor | null, { q, kind, page }: OrganisationListParams) {
  assertCan(actor, "organisation.manage");
  const where = {
    ...(kind ? { kind } : {}),
    ...(q
      ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { shortName: { contains: q, mode: "insensitive" as const } }, { town: { contains: q, mode: "insensitive" as const } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * ORGANISATION_PAGE_SIZE,
      take: ORGANISATION_PAGE_SIZE,
      select: { id: true, slug: true, name: true, shortName: true, kind: true, town: true, _count: { select: USES_COUNT_SELECT } },
    }),
    db.organisation.count({ where }),
  ]);
  const items: OrganisationRowDTO[] = rows.map(({ _count, ...row }) => ({ ...row, ..._count }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / ORGANISATION_PAGE_SIZE)) };
}

/** The form's values, with how many programmes, advisors, events and initiatives refer to it. */
export interface OrganisationEditDTO extends OrganisationUses {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  description: string | null;
  website: string | null;
  town: string | null;
  email: string | null;
  phone: string | null;
  contactUrl: string | null;
  /** the optimistic lock of the edit form */
  version: number;
}

export async function getOrganisationForEdit(actor: Actor | null, id: string): Promise<OrganisationEditDTO | null> {
  assertCan(actor, "organisation.manage");
  const row = await db.organisation.findUnique({
    where: { id },
    select: {
      id: true, slug: true, name: true, shortName: true, kind: true, description: true, website: true, town: true, email: true, phone: true, contactUrl: true, version: true,
      _count: { select: USES_COUNT_SELECT },
    },
  });
  if (!row) return null;
  const { _count, ...fields } = row;
  return { ...fields, ..._count };
}
