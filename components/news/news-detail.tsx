import { EntryLink, NameLink } from "@/components/content/entry-link";
import { getTranslations } from "next-intl/server";
import { DetailHeader } from "@/components/ui/detail-header";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { translationNote } from "@/components/content/translation-note";
import { localizedText } from "@/lib/content/translations";
import type { NewsDetailDTO, NewsLinkDTO } from "@/lib/news/dto";

function LinkList({ items, base }: { items: NewsLinkDTO[]; base: string }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((x) => (
        <li key={x.slug}>
          <EntryLink href={`${base}/${x.slug}`} entry={x} />
        </li>
      ))}
    </ul>
  );
}

/** The news item's public detail: the public page and the editor preview render exactly this. */
export async function NewsDetail({ item }: { item: NewsDetailDTO }) {
  const locale = await pageLocale();
  // French and English readers get the item's translations; missing ones are German, marked (issue 20).
  const title = localizedText(item, "title", locale);
  const summary = localizedText(item, "summary", locale);
  const body = localizedText(item, "body", locale);
  const note = await translationNote(locale, [title, summary, body]);
  const [t, tl, tf] = await Promise.all([getTranslations("news.detail"), getTranslations("news.list"), getTranslations("facets")]);
  const linked = [
    { key: "programmes", base: "/foerderprogramme", items: item.programmes },
    { key: "initiatives", base: "/initiativen", items: item.initiatives },
    { key: "events", base: "/veranstaltungen", items: item.events },
  ] as const;
  return (
    <article>
      <DetailHeader
        list={{ href: "/aktuelles", label: tl("title") }}
        kicker={t("kicker", { kind: tf(`newsKind.${item.kind}`), date: formatDay(item.date, locale) })}
        title={title.text}
        titleLang={title.lang}
        summary={summary.text}
        summaryLang={summary.lang}
        note={note}
      >
        {item.topics.length > 0 && (
          <p className="mt-2">
            {t("topics")}:{" "}
            {item.topics.map((topic, index) => (
              <span key={topic.slug}>
                {index > 0 && ", "}
                <NameLink href={`/themen/${topic.slug}`} name={topic.name} />
              </span>
            ))}
          </p>
        )}
        {item.roadmapPhase && <p className="mt-1 text-muted">{t("roadmapPhase", { phase: tf(`roadmapPhase.${item.roadmapPhase}`) })}</p>}
      </DetailHeader>

      <div className="mt-8 max-w-3xl space-y-8">
        <RichText text={body.text} lang={body.lang} />
        {linked.some((l) => l.items.length > 0) && (
          <Section id="verknuepft" title={t("linked")}>
            {linked
              .filter((l) => l.items.length > 0)
              .map((l) => (
                <div key={l.key} className="mt-4">
                  <h3 className="font-bold">{t(l.key)}</h3>
                  <LinkList items={[...l.items]} base={l.base} />
                </div>
              ))}
          </Section>
        )}
      </div>
    </article>
  );
}
