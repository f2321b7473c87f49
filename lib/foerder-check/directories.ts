import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { servedKreise } from "@/lib/taxonomy/kreise";
import type { CompleteAnswers } from "./match";
import { projectRule } from "./project";
import { DIRECTORY_RULES } from "./rules";

// Advisors and providers for the result (rules.ts, DIRECTORY_RULES): advisors who serve the
// visitor's Kreis and advise on one of the project's Themenfelder, those named for the Kreis itself
// before region-wide desks; providers located in the Kreis who offer one of the project's services.

export function matchAdvisors(answers: CompleteAnswers, advisors: readonly AdvisorCardDTO[], kreise: readonly string[]): AdvisorCardDTO[] {
  const topics = projectRule(answers.was).topics;
  const local = (a: AdvisorCardDTO) => (a.regionSlugs.includes(answers.wo) ? 0 : 1);
  return advisors
    .filter((a) => servedKreise(a.regionSlugs, kreise).includes(answers.wo) && a.topicSlugs.some((t) => topics.includes(t)))
    .sort((a, b) => local(a) - local(b) || a.name.localeCompare(b.name, "de"))
    .slice(0, DIRECTORY_RULES.advisors.limit);
}

/** Providers with more of the wanted services first. */
export function matchProviders(answers: CompleteAnswers, providers: readonly ProviderCardDTO[]): ProviderCardDTO[] {
  const services = projectRule(answers.was).services;
  const fit = (p: ProviderCardDTO) => p.services.filter((s) => services.includes(s)).length;
  return providers
    .filter((p) => p.regionSlug === answers.wo && fit(p) > 0)
    .sort((a, b) => fit(b) - fit(a) || a.name.localeCompare(b.name, "de"))
    .slice(0, DIRECTORY_RULES.providers.limit);
}
