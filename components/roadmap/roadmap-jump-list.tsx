import { getTranslations } from "next-intl/server";
import type { RoadmapPagePhase } from "@/lib/roadmap/build";
import { phaseAnchor } from "./roadmap-phases";

type Target = { id: string; label: string };

/**
 * "Auf dieser Seite": links to the page's sections and to each phase of the Fahrplan, which on a
 * phone is several screens long. Plain anchors, so they work without JavaScript.
 */
export async function RoadmapJumpList({ sections, phases }: { sections: readonly Target[]; phases: readonly RoadmapPagePhase[] }) {
  const [t, tp] = await Promise.all([getTranslations("roadmap.page"), getTranslations("facets.roadmapPhase")]);
  const last = sections.at(-1);
  return (
    <nav aria-labelledby="auf-dieser-seite" className="mt-6 border-l-4 border-line pl-4">
      <h2 id="auf-dieser-seite" className="text-lg font-bold">
        {t("jumpList")}
      </h2>
      <ul className="mt-2 space-y-1">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
            {section === last && (
              <ul className="mt-1 space-y-1 pl-5" aria-label={t("jumpListPhases")}>
                {phases.map((p) => (
                  <li key={p.phase}>
                    <a href={`#${phaseAnchor(p.phase)}`}>{tp(p.phase)}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
