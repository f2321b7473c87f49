import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import { formatDay } from "@/lib/format";
import type { NewsCardDTO } from "@/lib/news/dto";

interface Props {
  item: NewsCardDTO;
  headingLevel?: "h2" | "h3";
}

/** A news item in a list: date, kind, title and teaser. */
export async function NewsCard({ item, headingLevel = "h3" }: Props) {
  const tf = await getTranslations("facets.newsKind");
  return (
    <LocalCard
      view={{
        type: "aktuelles",
        href: `/aktuelles/${item.slug}`,
        heading: headingLevel,
        title: item.title,
        above: { tone: "muted", parts: [{ text: formatDay(item.date), time: item.date }, { text: ` · ${tf(item.kind)}` }] },
        summary: item.summary,
      }}
    />
  );
}
