import "server-only";
import { getAdvisorCards } from "@/lib/advisor/cached";
import { getProgrammeCards } from "@/lib/programme/cached";
import { getProviderCards } from "@/lib/provider/cached";
import { getRegions, getTopics } from "@/lib/taxonomy/cached";
import { kreiseOf, type KreisRef } from "@/lib/taxonomy/kreise";
import type { AnswerOptions } from "./answers";
import { matchAdvisors, matchProviders } from "./directories";
import { matchProgrammes, type CompleteAnswers } from "./match";
import { PROJECT_KINDS } from "./rules";

// The Förder-Check reads only the cached, tagged projections the directories use (programme,
// advisor and provider cards, topics, regions), so a result costs a filter pass in memory. The
// page renders per request (its answers are the query), so statuses are derived from `now` each time.

export interface FoerderCheckOptions extends AnswerOptions {
  kreisRefs: KreisRef[];
  topics: { slug: string; name: string }[];
}

export async function getFoerderCheckOptions(): Promise<FoerderCheckOptions> {
  const [regions, topics] = await Promise.all([getRegions(), getTopics()]);
  const kreisRefs = kreiseOf(regions).map(({ slug, name }) => ({ slug, name }));
  return {
    kreisRefs,
    kreise: kreisRefs.map((k) => k.slug),
    topics: topics.map(({ slug, name }) => ({ slug, name })),
    projects: [...PROJECT_KINDS, ...topics.map((t) => t.slug)],
  };
}

export async function getFoerderCheckResult(answers: CompleteAnswers, options: FoerderCheckOptions, now: Date) {
  const [cards, advisors, providers] = await Promise.all([getProgrammeCards(), getAdvisorCards(), getProviderCards()]);
  const topicNames = new Map(options.topics.map((t) => [t.slug, t.name]));
  const programmes = matchProgrammes(answers, cards, { kreise: options.kreise, now }, topicNames);
  return {
    programmes,
    advisors: matchAdvisors(answers, advisors, options.kreise),
    providers: matchProviders(answers, providers),
  };
}
