import "server-only";
import { translationSelect } from "@/lib/content/translations";
import { db, type Prisma } from "@/lib/db/client";
import { LOGO_COLUMNS, toLogoDTO } from "@/lib/media/dto";
import { publishedOnly } from "@/lib/publication";
import type { ProviderCardDTO, ProviderDetailDTO } from "./dto";
import { PROVIDER_PROFILE_FIELDS } from "./profile-select";

/** Every published provider as a card (the list page filters and sorts in memory). */
export function listPublishedProviderCards(): Promise<ProviderCardDTO[]> {
  return readCards(publishedOnly());
}

/** The cards of some published providers (one page of search hits), in one query. */
export function listPublishedProviderCardsBySlugs(slugs: readonly string[]): Promise<ProviderCardDTO[]> {
  return readCards({ ...publishedOnly(), slug: { in: [...slugs] } });
}

async function readCards(where: Prisma.ProviderWhereInput): Promise<ProviderCardDTO[]> {
  const rows = await db.provider.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      summary: true,
      ...translationSelect(["summary"]),
      services: true,
      industries: true,
      size: true,
      town: true,
      publishedAt: true,
      createdAt: true,
      ...LOGO_COLUMNS,
      region: { select: { slug: true, name: true } },
    },
  });
  return rows.map(({ region, publishedAt, createdAt, logoKey, logoWidth, logoHeight, ...row }) => ({
    ...row,
    logo: toLogoDTO({ logoKey, logoWidth, logoHeight }),
    regionSlug: region.slug,
    regionName: region.name,
    publishedAt: (publishedAt ?? createdAt).toISOString(),
  }));
}

/** What the public detail page shows; the editor preview reads a draft with the same select. */
export const providerDetailSelect = {
  ...PROVIDER_PROFILE_FIELDS,
  lastVerifiedAt: true,
  updatedAt: true,
  ...LOGO_COLUMNS,
  region: { select: { slug: true, name: true, kind: true } },
  references: {
    orderBy: [{ sortOrder: "asc" }, { year: { sort: "desc", nulls: "last" } }],
    select: { title: true, client: true, description: true, year: true },
  },
} satisfies Prisma.ProviderSelect;

type ProviderDetailRow = Prisma.ProviderGetPayload<{ select: typeof providerDetailSelect }>;

export function toProviderDetailDTO({ logoKey, logoWidth, logoHeight, ...row }: ProviderDetailRow): ProviderDetailDTO {
  return {
    ...row,
    logo: toLogoDTO({ logoKey, logoWidth, logoHeight }),
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getPublishedProviderBySlug(slug: string): Promise<ProviderDetailDTO | null> {
  const row = await db.provider.findFirst({ where: { slug, ...publishedOnly() }, select: providerDetailSelect });
  return row && toProviderDetailDTO(row);
}
