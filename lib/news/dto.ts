import type { NewsKind, RoadmapPhase } from "@/lib/db/enums";
import type { TranslationValues } from "@/lib/content/translations";
import type { TopicDTO } from "@/lib/taxonomy/dto";

/** A published news item as lists, the feed and the Themenfeld pages show it. */
export interface NewsCardDTO extends TranslationValues<"title" | "summary"> {
  /** the database id: the feed's stable entry id (a renamed item stays the same entry) */
  id: string;
  slug: string;
  title: string;
  kind: NewsKind;
  summary: string;
  /** the date readers see: calendar day in Europe/Berlin, YYYY-MM-DD */
  date: string;
  topicSlugs: string[];
  roadmapPhase: RoadmapPhase | null;
  /** ISO instants: the feed's <published> and <updated> */
  publishedAt: string;
  updatedAt: string;
}

/** A linked news item, programme, initiative or event: its title and the title's translations. */
export interface NewsLinkDTO extends TranslationValues<"title"> {
  slug: string;
  title: string;
}

export interface NewsDetailDTO extends TranslationValues<"title" | "summary" | "body"> {
  slug: string;
  title: string;
  kind: NewsKind;
  summary: string;
  /** sanitized rich text */
  body: string;
  date: string;
  topics: TopicDTO[];
  roadmapPhase: RoadmapPhase | null;
  /** published linked entries only */
  programmes: NewsLinkDTO[];
  initiatives: NewsLinkDTO[];
  events: NewsLinkDTO[];
  publishedAt: string | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
}

/** A news item on the roadmap page (/modellregion). */
export interface RoadmapNewsDTO extends TranslationValues<"title"> {
  slug: string;
  title: string;
  date: string;
  summary: string;
}

/** One roadmap phase and its news, newest first (every phase present, maybe empty). */
export interface RoadmapPhaseNewsDTO {
  phase: RoadmapPhase;
  news: RoadmapNewsDTO[];
}
