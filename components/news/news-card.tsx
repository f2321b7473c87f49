import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format";
import type { NewsCardDTO } from "@/lib/news/dto";

interface Props {
  item: NewsCardDTO;
  headingLevel?: "h2" | "h3";
}

/** A news item in a list: date, kind, title and teaser. */
export async function NewsCard({ item, headingLevel: Heading = "h3" }: Props) {
  const tf = await getTranslations("facets.newsKind");
  return (
    <article className="border-b border-line py-5" data-type="aktuelles">
      <p className="text-muted">
        <time dateTime={item.date}>{formatDay(item.date)}</time> · {tf(item.kind)}
      </p>
      <Heading className="text-lg font-bold">
        <Link href={`/aktuelles/${item.slug}`}>{item.title}</Link>
      </Heading>
      <p className="mt-2">{item.summary}</p>
    </article>
  );
}
