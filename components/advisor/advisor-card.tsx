import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import type { TextPart } from "@/components/cards/card-view";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { localizedOptionalText, localizedText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { advisorCardFacts } from "./advisor-card-facts";
import { advisorNameLang } from "./name-lang";

interface Props {
  advisor: AdvisorCardDTO;
  kreise: readonly KreisRef[];
  headingLevel?: "h2" | "h3";
}

export async function AdvisorCard({ advisor, kreise, headingLevel = "h3" }: Props) {
  const locale = await pageLocale();
  const [t, facts] = await Promise.all([getTranslations("facets.advisorKind"), advisorCardFacts(advisor, kreise, locale)]);
  // Summary and job title in the reader's language where translated; the name is not translated (a
  // desk's German name is marked, not counted as untranslated).
  const summary = localizedText(advisor, "summary", locale);
  const jobTitle = localizedOptionalText(advisor, "jobTitle", locale);
  const role: TextPart[] = [{ text: t(advisor.kind) }, ...(jobTitle ? [{ text: " · " }, { text: jobTitle.text, ...(jobTitle.lang && { lang: jobTitle.lang }) }] : [])];
  return (
    <LocalCard
      view={{
        href: `/berater/${advisor.slug}`,
        heading: headingLevel,
        title: advisor.name,
        ...(advisorNameLang(advisor.kind, locale) && { titleLang: "de" as const }),
        below: { tone: "muted", parts: role },
        summary: summary.text,
        facts,
      }}
      original={{ summary: summary.lang }}
    />
  );
}
