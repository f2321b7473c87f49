import "server-only";
import { getAdvisorCards } from "@/lib/advisor/cached";
import { getProgrammeCards } from "@/lib/programme/cached";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import { getProviderCards } from "@/lib/provider/cached";

/**
 * Entry counts for the start page, from the same cached projections the directories use. The open
 * count changes with the statuses: the page expires then (startPageExpiry in ./deadlines.ts).
 */
export async function getDirectoryCounts(now = new Date()) {
  const [programmes, advisors, providers] = await Promise.all([getProgrammeCards(), getAdvisorCards(), getProviderCards()]);
  const openProgrammes = programmes.filter((p) => {
    const status = deriveProgrammeStatus(p, now);
    return status === "open" || status === "rolling";
  }).length;
  return { programmes: programmes.length, openProgrammes, advisors: advisors.length, providers: providers.length };
}
