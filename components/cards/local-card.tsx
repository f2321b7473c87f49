import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/href";
import { localizedPath } from "@/lib/i18n/routing";
import { Card } from "./card";
import { packCard } from "./card-wire";
import type { CardView } from "./card-view";

type Original = { title?: "de"; summary?: "de" };

interface Props {
  /** The card with its German address; title and summary as the reader gets them. */
  view: CardView;
  /** Which of title and summary are the German original (localizedText's `lang`). */
  original: Original;
}

/**
 * A card on the page's language: the link to the entry's page in that language, and on French and
 * English pages German texts marked lang="de" with a note in the reader's language (issue 20).
 */
export async function LocalCard({ view, original: german }: Props) {
  const locale = await pageLocale();
  if (locale === "de") return <Card wire={packCard(view)} />;
  const t = await getTranslations("common.translations");
  return (
    <Card
      wire={packCard({
        ...view,
        href: localizedPath(locale, view.href),
        ...(german.title && { titleLang: "de" }),
        ...(german.summary && { summaryLang: "de" }),
        ...((german.title || german.summary) && { langNote: t("cardNote") }),
      })}
    />
  );
}
