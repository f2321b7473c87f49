import { getTranslations } from "next-intl/server";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { NewsDetail } from "@/components/news/news-detail";
import { JsonLd } from "@/components/ui/json-ld";
import { localizedText } from "@/lib/content/translations";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getNewsItem } from "@/lib/news/cached";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { pageAddress } from "@/lib/seo/site-url";
import { pageLocale } from "@/lib/i18n/href";

// Rendered on first request, then cached; edits revalidate it by tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/aktuelles", getNewsItem, (item, locale) => ({
  title: localizedText(item, "title", locale).text,
  description: localizedText(item, "summary", locale).text,
}));
export const generateMetadata = route.generateMetadata;

export default async function NewsItemPage(props: DetailPageProps) {
  const item = await route.entry(props);
  if (!item) return <InPageNotFound />;
  const site = await getTranslations("common.site");
  const locale = await pageLocale();
  return (
    <>
      <JsonLd data={newsArticleJsonLd(item, pageAddress(`/aktuelles/${item.slug}`, locale), { name: site("name"), url: pageAddress("/", locale).url })} />
      <NewsDetail item={item} />
    </>
  );
}
