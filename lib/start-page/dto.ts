import type { ContentType } from "@/lib/auth/permissions";
import type { ProgrammeDays } from "@/lib/programme/status";
import type { TranslationValues } from "@/lib/content/translations";

/** An open programme in "Fristen demnächst": its dates only, status and countdown are derived when rendered. */
export interface DeadlineTeaserDTO extends ProgrammeDays, TranslationValues<"title"> {
  slug: string;
  title: string;
  fundingBodyName: string;
  /** YYYY-MM-DD: open programmes in this section always have one */
  deadline: string;
}

/** A published entry of any type in "Aktuell und geprüft"; a programme's title with its translations. */
export interface VerifiedEntryDTO extends TranslationValues<"title"> {
  type: ContentType;
  slug: string;
  title: string;
  /** an advisor who is a person: the name belongs to no language (an advisory desk's name is German) */
  personalName?: true;
  /** ISO instant of the editors' last check against the source */
  verifiedAt: string;
  /** a programme's dates: its status is derived when rendered, like every programme's elsewhere */
  days?: ProgrammeDays;
}
