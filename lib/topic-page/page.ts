import "server-only";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { getAdvisorCards } from "@/lib/advisor/cached";
import { FACETS } from "@/lib/facets/registry";
import { enumToSlug } from "@/lib/facets/slug";
import { applicableProgrammes, RELATED_LIMIT, servicesForTopics } from "@/lib/portfolio-funding/match";
import { getProgrammeCards } from "@/lib/programme/cached";
import { earliestCardChange } from "@/lib/programme/deadline";
import { earliestInstant as earliest } from "@/lib/dates";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { getEventCards } from "@/lib/event/cached";
import type { EventCardDTO } from "@/lib/event/dto";
import { isPastEvent, nextEventEnd } from "@/lib/event/timing";
import { listInitiativesForTopic } from "@/lib/initiative/cached";
import type { InitiativeCardDTO } from "@/lib/initiative/dto";
import { nextMilestoneChange } from "@/lib/initiative/milestones";
import { getNewsCards } from "@/lib/news/cached";
import type { NewsCardDTO } from "@/lib/news/dto";
import { getProviderCards } from "@/lib/provider/cached";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { getServiceTopics, getTopicPageText } from "@/lib/taxonomy/cached";
import type { TopicPageTextDTO } from "@/lib/taxonomy/queries";

// A Themenfeld page (/themen/<slug>) gathers everything of one field from the cached card reads
// the directories use, so their tags ("programmes", "advisors", "providers", "events",
// "initiatives", "news", "taxonomy", "service-topics") become the page's tags and any edit expires it. Each section shows a few
// entries and links to its full list, filtered the same way.

export interface TopicSection<T> {
  entries: T[];
  /** all matches; more than shown: the link says so */
  total: number;
  listHref: string;
}

export interface TopicPage {
  topic: TopicPageTextDTO;
  /** open, rolling or upcoming programmes of the field, nearest deadline first */
  programmes: TopicSection<ProgrammeCardDTO>;
  advisors: TopicSection<AdvisorCardDTO>;
  /** providers offering a Leistung the field funds (the editors' Leistung ↔ Themenfeld mapping) */
  providers: TopicSection<ProviderCardDTO>;
  /** coming events of the field, soonest first */
  events: TopicSection<EventCardDTO>;
  /** every published initiative of the field, with its milestones */
  initiatives: TopicSection<InitiativeCardDTO>;
  /** the newest news of the field (nothing shown depends on the clock, so no expiry of its own) */
  news: TopicSection<NewsCardDTO>;
  /**
   * when the page changes by itself: a programme's status or countdown, the end of a shown event,
   * and Berlin midnight while initiatives are shown ("erreicht" marks of their milestones)
   */
  expiresAt: Date | null;
}

/** How many news a Themenfeld page shows before the link to the list. */
export const TOPIC_NEWS_LIMIT = 3;

const href = (path: string, params: [string, string][]) => (params.length ? `${path}?${new URLSearchParams(params)}` : path);

function section<T>(all: T[], listHref: string): TopicSection<T> {
  return { entries: all.slice(0, RELATED_LIMIT), total: all.length, listHref };
}

function latestNews(all: NewsCardDTO[], listHref: string): TopicSection<NewsCardDTO> {
  return { entries: all.slice(0, TOPIC_NEWS_LIMIT), total: all.length, listHref };
}

export async function getTopicPage(slug: string, now: Date = new Date()): Promise<TopicPage | null> {
  const topic = await getTopicPageText(slug);
  if (!topic) return null;
  const [programmeCards, advisorCards, providerCards, map, eventCards, initiatives, newsCards] = await Promise.all([
    getProgrammeCards(),
    getAdvisorCards(),
    getProviderCards(),
    getServiceTopics(),
    getEventCards(),
    listInitiativesForTopic(slug),
    getNewsCards(),
  ]);
  const events = eventCards
    .filter((e) => e.topicSlugs.includes(slug) && !isPastEvent(e, now))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const candidates = programmeCards.filter((p) => p.topicSlugs.includes(slug));
  const services = servicesForTopics(map, [slug]);
  const offered = new Set(services);
  const topicParam: [string, string] = [FACETS.topic.param, slug];
  return {
    topic,
    programmes: section(
      applicableProgrammes(candidates, now),
      href("/foerderprogramme", [topicParam, [FACETS.status.param, "offen"], [FACETS.status.param, "demnaechst"]]),
    ),
    advisors: section(
      advisorCards.filter((a) => a.topicSlugs.includes(slug)),
      href("/berater", [topicParam]),
    ),
    providers: section(
      services.length ? providerCards.filter((p) => p.services.some((s) => offered.has(s))) : [],
      href("/dienstleister", services.map((s): [string, string] => [FACETS.service.param, enumToSlug(s)])),
    ),
    events: section(events, href("/veranstaltungen", [topicParam])),
    initiatives: { entries: initiatives, total: initiatives.length, listHref: href("/initiativen", [topicParam]) },
    // Newest first as the cards come.
    news: latestNews(newsCards.filter((n) => n.topicSlugs.includes(slug)), href("/aktuelles", [topicParam])),
    // Every candidate, shown or not: one that opens tomorrow may push into the first six.
    expiresAt: earliest([earliestCardChange(candidates, now), nextEventEnd(events, now), initiatives.length ? nextMilestoneChange(now) : null]),
  };
}
