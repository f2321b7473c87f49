import "server-only";
import { listMilestonesByRoadmapPhase } from "@/lib/initiative/cached";
import { getTopics } from "@/lib/taxonomy/cached";
import { buildRoadmapPage, type RoadmapPage } from "./build";

// /modellregion from cached reads only: their tags ("initiatives", "taxonomy") become the page's,
// so any initiative or milestone edit, publication or Themenfeld rename expires it. News per phase
// joins as one more read here, passed as `newsByPhase` (see RoadmapInputs).
export async function getRoadmapPage(now: Date = new Date()): Promise<RoadmapPage> {
  const [topics, milestonesByPhase] = await Promise.all([getTopics(), listMilestonesByRoadmapPhase()]);
  return buildRoadmapPage({ topics, milestonesByPhase }, now);
}
