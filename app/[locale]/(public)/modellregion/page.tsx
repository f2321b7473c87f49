import type { Metadata } from "next";
import { NameLink } from "@/components/content/entry-link";
import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { RoadmapJumpList } from "@/components/roadmap/roadmap-jump-list";
import { RoadmapPhases } from "@/components/roadmap/roadmap-phases";
import { Section } from "@/components/ui/section";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { getRoadmapPage } from "@/lib/roadmap/page";
import { pageMetadata } from "@/lib/seo/page-metadata";

// Rendered on first request, then cached: the initiative and taxonomy tags of its reads expire it
// on any edit, and expireRenderAt at the next milestone reached or phase change (Berlin new year).
export const revalidate = 3600;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("roadmap.page");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/modellregion" });
}

export default async function RoadmapPage() {
  const [page, t] = await Promise.all([getRoadmapPage(), getTranslations("roadmap.page")]);
  await expireRenderAt(page.expiresAt);
  return (
    <article>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
      <RoadmapJumpList
        sections={[
          { id: "konzept", label: t("conceptHeading") },
          { id: "themenfelder", label: t("topicsHeading") },
          { id: "fahrplan", label: t("phasesHeading") },
        ]}
        phases={page.phases}
      />
      <div className="mt-10 grid gap-10">
        <Section id="konzept" title={t("conceptHeading")}>
          <p className="max-w-3xl">{t("concept")}</p>
          <p className="mt-3">
            <LocalLink href="/initiativen">{t("allInitiatives")}</LocalLink>
          </p>
        </Section>
        <Section id="themenfelder" title={t("topicsHeading")}>
          <p className="max-w-3xl">{t("topicsIntro")}</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="roadmap-topics">
            {page.topics.map((topic) => (
              <li key={topic.slug} className="min-w-0">
                <NameLink href={`/themen/${topic.slug}`} name={topic.name} />
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <LocalLink href="/themen">{t("allTopics")}</LocalLink>
          </p>
        </Section>
        <Section id="fahrplan" title={t("phasesHeading")}>
          <p className="max-w-3xl">{t("phasesIntro")}</p>
          <RoadmapPhases phases={page.phases} />
        </Section>
      </div>
    </article>
  );
}
