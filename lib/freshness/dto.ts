import type { PublicationStatus } from "@/lib/db/enums";
import type { ContentType } from "@/lib/auth/permissions";

/** One entry on the dashboard, with the page where an editor acts on it. */
export interface FreshnessEntryDTO {
  type: ContentType;
  id: string;
  title: string;
  editHref: string;
}

export interface StaleEntryDTO extends FreshnessEntryDTO {
  /** Berlin calendar day of the last "zuletzt geprüft" confirmation, YYYY-MM-DD; null: never checked */
  lastVerifiedDay: string | null;
  daysSinceVerified: number | null;
}

export interface DeadlineEntryDTO extends FreshnessEntryDTO {
  /** YYYY-MM-DD, open through the whole day (Europe/Berlin) */
  deadline: string;
  /** 0 = the deadline is today */
  daysLeft: number;
  status: PublicationStatus;
}

export interface ReviewEntryDTO extends FreshnessEntryDTO {
  /** ISO instant of the entry's last change (roughly when it was submitted) */
  updatedAt: string;
}

export interface RecentChangeDTO {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  title: string | null;
  editHref: string | null;
  actorName: string | null;
  createdAt: string;
  fields: string[];
}

export interface FreshnessSection<T> {
  total: number;
  items: T[];
}

export interface FreshnessOverviewDTO {
  stale: FreshnessSection<StaleEntryDTO>;
  deadlines: FreshnessSection<DeadlineEntryDTO>;
  inReview: FreshnessSection<ReviewEntryDTO>;
  recent: RecentChangeDTO[];
}
