import "server-only";
import { listMilestonesByRoadmapPhase } from "@/lib/initiative/cached";
import { listNewsByRoadmapPhase } from "@/lib/news/cached";
import { getTopics } from "@/lib/taxonomy/cached";
import { buildRoadmapPage, type RoadmapPage } from "./build";

// /modellregion from cached reads only: their tags ("initiatives", "news", "taxonomy") become the
// page's, so any initiative, milestone or news edit, publication or Themenfeld rename expires it.
export async function getRoadmapPage(now: Date = new Date()): Promise<RoadmapPage> {
  const [topics, milestonesByPhase, news] = await Promise.all([getTopics(), listMilestonesByRoadmapPhase(), listNewsByRoadmapPhase()]);
  const newsByPhase = Object.fromEntries(
    news.map(({ phase, news: items }) => [phase, items.map((item) => ({ href: `/aktuelles/${item.slug}`, title: item.title, titleFr: item.titleFr, titleEn: item.titleEn, date: item.date, summary: item.summary }))]),
  );
  return buildRoadmapPage({ topics, milestonesByPhase, newsByPhase }, now);
}
