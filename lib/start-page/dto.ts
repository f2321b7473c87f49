import type { ContentType } from "@/lib/auth/permissions";
import type { ProgrammeDays } from "@/lib/programme/status";

/** An open programme in "Fristen demnächst": its dates only, status and countdown are derived when rendered. */
export interface DeadlineTeaserDTO extends ProgrammeDays {
  slug: string;
  title: string;
  fundingBodyName: string;
  /** YYYY-MM-DD: open programmes in this section always have one */
  deadline: string;
}

/** A published entry of any type in "Aktuell und geprüft". */
export interface VerifiedEntryDTO {
  type: ContentType;
  slug: string;
  title: string;
  /** ISO instant of the editors' last check against the source */
  verifiedAt: string;
}
