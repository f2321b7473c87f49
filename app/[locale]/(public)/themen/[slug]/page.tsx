import { getTranslations } from "next-intl/server";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { TopicSections } from "@/components/topic/topic-sections";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Paragraphs } from "@/components/ui/paragraphs";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { berlinDay } from "@/lib/dates";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getTopicPage } from "@/lib/topic-page/page";
import { germanOnly } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";

// Rendered on first request, then cached: the cached reads' tags expire it on any edit of its
// entries or the field's text, and it expires by itself when a shown programme's status changes.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/themen", (slug) => getTopicPage(slug), (page) => ({ title: page.topic.name, description: page.topic.description }));
export const generateMetadata = route.generateMetadata;

export default async function TopicPage(props: DetailPageProps) {
  const now = new Date();
  const [page, t, locale] = await Promise.all([route.entry(props), getTranslations("topics.page"), pageLocale()]);
  if (!page) return <InPageNotFound />;
  await expireRenderAt(page.expiresAt);
  // Themenfelder have no translations (issue 20): name and texts are German, marked on French and English pages.
  const german = germanOnly(locale);
  return (
    <article>
      <Breadcrumbs items={[{ href: "/themen", label: t("breadcrumb") }]} />
      <h1 className="page-title" lang={german}>
        {page.topic.name}
      </h1>
      <p className="mt-3 max-w-3xl text-lg" lang={german}>
        {page.topic.description}
      </p>
      {page.topic.pageText && <Paragraphs text={page.topic.pageText} className="mt-4 max-w-3xl" lang={german} />}
      <TopicSections page={page} now={now} today={berlinDay(now)} />
    </article>
  );
}
