import "server-only";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/db/enums";
import type { ProgrammeCardDTO, ProgrammeDetailDTO } from "./dto";
import { programmeDetailSelect, toProgrammeDetailDTO } from "./queries";

// A programme of any status in the shapes the public pages use (detail DTO, card DTO), for the
// editors' preview. Linked advisors are filtered as on the public page: only published ones show.
export async function getProgrammePreview(
  id: string,
): Promise<{ status: PublicationStatus; detail: ProgrammeDetailDTO; card: ProgrammeCardDTO } | null> {
  const row = await db.programme.findUnique({
    where: { id },
    select: { ...programmeDetailSelect, status: true, publishedAt: true, createdAt: true },
  });
  if (!row) return null;
  const { status, publishedAt, createdAt, ...rest } = row;
  const detail = toProgrammeDetailDTO(rest);
  const card: ProgrammeCardDTO = {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    level: row.level,
    fundingTypes: row.fundingTypes,
    targetGroups: row.targetGroups,
    topicSlugs: row.topics.map((t) => t.slug),
    regionSlugs: row.regions.map((r) => r.slug),
    fundingBodyName: row.fundingBody.name,
    amountText: row.amountText,
    applicationStart: detail.applicationStart,
    deadline: detail.deadline,
    publishedAt: (publishedAt ?? createdAt).toISOString(),
  };
  return { status, detail, card };
}
