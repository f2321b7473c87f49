import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/db/enums";
import type { ProgrammeCardDTO, ProgrammeDetailDTO } from "./dto";
import { toProgrammeCardDTO } from "./content-select";
import { programmeDetailSelect, toProgrammeDetailDTO } from "./queries";

// A programme of any status in the shapes the public pages use (detail DTO, card DTO), for the
// editors' preview. Linked advisors are filtered as on the public page: only published ones show.
export async function getProgrammePreview(
  actor: Actor | null,
  id: string,
): Promise<{ status: PublicationStatus; detail: ProgrammeDetailDTO; card: ProgrammeCardDTO } | null> {
  assertCan(actor, "editor.access");
  const row = await db.programme.findUnique({
    where: { id },
    select: { ...programmeDetailSelect, status: true, publishedAt: true, createdAt: true },
  });
  if (!row) return null;
  const { status, publishedAt, createdAt, ...detailRow } = row;
  return { status, detail: toProgrammeDetailDTO(detailRow), card: toProgrammeCardDTO({ ...detailRow, publishedAt, createdAt }) };
}
