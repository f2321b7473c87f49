import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import { localizedText } from "@/lib/content/translations";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import type { NewsCardDTO } from "@/lib/news/dto";

interface Props {
  item: NewsCardDTO;
  headingLevel?: "h2" | "h3";
}

/** A news item in a list: date, kind, title and teaser. */
export async function NewsCard({ item, headingLevel = "h3" }: Props) {
  const [tf, locale] = await Promise.all([getTranslations("facets.newsKind"), pageLocale()]);
  const title = localizedText(item, "title", locale);
  const summary = localizedText(item, "summary", locale);
  return (
    <LocalCard
      view={{
        href: `/aktuelles/${item.slug}`,
        heading: headingLevel,
        title: title.text,
        above: { tone: "muted", parts: [{ text: formatDay(item.date, locale), time: item.date }, { text: ` · ${tf(item.kind)}` }] },
        summary: summary.text,
      }}
      original={{ title: title.lang, summary: summary.lang }}
    />
  );
}
