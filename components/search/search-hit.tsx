import { getTranslations } from "next-intl/server";
import { advisorCardFacts } from "@/components/advisor/advisor-card-facts";
import { advisorNameLang } from "@/components/advisor/name-lang";
import { LocalCard } from "@/components/cards/local-card";
import type { CardView } from "@/components/cards/card-view";
import { eventWhen } from "@/components/event/event-when";
import { programmeCardFacts } from "@/components/programme/programme-card-facts";
import { statusView } from "@/components/programme/status-view";
import { providerCardFacts } from "@/components/provider/provider-card-facts";
import { CARD_LOGO_BOX, logoView } from "@/components/provider/provider-logo";
import type { ProgrammeStatus } from "@/lib/programme/status";
import type { HitCard } from "@/lib/search/page/hit-cards";
import { PARAM_BY_TYPE, hitPath } from "@/lib/search/query-params";
import type { SearchHit } from "@/lib/search/types";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { germanMark, germanOnly } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/i18n/href";
import { renderHighlight } from "./search-highlight";

interface Props {
  hit: SearchHit;
  /** Programmes only: status and countdown derived from the dates with one "now" (lib/programme/deadline.ts). */
  timing: { status: ProgrammeStatus; daysLeft: number | null } | null;
  /** The entry's list card, for the same deciding facts as the lists; none if it was unpublished meanwhile. */
  card?: HitCard | undefined;
  kreise: readonly KreisRef[];
  /** In mixed lists the type is named above the title. */
  showType?: boolean;
  headingLevel?: "h2" | "h3";
}

/** The card's part of a hit: the same deciding facts as the lists, the logo, an event's date. */
async function cardParts(card: HitCard | undefined, kreise: readonly KreisRef[], locale: Locale): Promise<Partial<CardView>> {
  switch (card?.type) {
    case "programme":
      return { facts: await programmeCardFacts(card.card, kreise, locale) };
    case "advisor":
      return { facts: await advisorCardFacts(card.card, kreise, locale) };
    case "provider":
      return { facts: await providerCardFacts(card.card, locale), ...(card.card.logo && { logo: logoView(card.card.logo, CARD_LOGO_BOX) }) };
    case "event":
      return { footer: [await eventWhen(card.card.startsAt, card.card.endsAt), { text: " · " }, { text: card.card.organiserName, ...germanMark(locale) }] };
    default:
      return {};
  }
}

/**
 * An advisor's or provider's name is not translated, so not "not yet translated" (the card's note
 * counts only the summary): a provider's and an advisory desk's name is German, marked on French
 * and English pages; a person's is not. A hit without its card (unpublished meanwhile) keeps the
 * engine's mark.
 */
function nameView(hit: SearchHit, card: HitCard | undefined, locale: Locale, original: { title?: "de" }): Pick<CardView, "titleLang"> {
  if (hit.type !== "advisor" && hit.type !== "provider") return {};
  const lang = hit.type === "provider" ? germanOnly(locale) : card?.type === "advisor" ? advisorNameLang(card.card.kind, locale) : original.title;
  return lang ? { titleLang: lang } : {};
}

/** One search result: highlighted title linking to the detail page, status, highlighted summary, the card's facts. */
export async function SearchHitItem({ hit, timing, card, kreise, showType = false, headingLevel = "h3" }: Props) {
  const [t, locale] = await Promise.all([getTranslations("search.hit"), pageLocale()]);
  const type = PARAM_BY_TYPE[hit.type];
  const [status, parts] = await Promise.all([
    timing && statusView({ ...timing, deadline: hit.deadline, applicationStart: hit.applicationStart }),
    cardParts(card, kreise, locale),
  ]);
  const original = { title: hit.titleLang, summary: hit.summaryLang };
  return (
    <LocalCard
      view={{
        href: hitPath(hit.type, hit.slug),
        heading: headingLevel,
        title: renderHighlight(hit.highlightedTitle),
        summary: renderHighlight(hit.highlightedSummary),
        highlighted: true,
        ...nameView(hit, card, locale, original),
        ...(showType && { above: { tone: "kicker", parts: [{ text: t(`type.${type}`) }] } }),
        ...(status && { status }),
        ...parts,
      }}
      original={hit.type === "advisor" || hit.type === "provider" ? { summary: original.summary } : original}
    />
  );
}
