import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import { markedParts } from "@/components/content/marked-message";
import { germanOnly, localizedText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import type { InitiativeCardDTO } from "@/lib/initiative/dto";

interface Props {
  initiative: InitiativeCardDTO;
  headingLevel?: "h2" | "h3";
}

/** An initiative in a list: title, phase, who and where. No "done" marks, so a cached list never goes stale. */
export async function InitiativeCard({ initiative, headingLevel = "h3" }: Props) {
  const [t, tf, locale] = await Promise.all([getTranslations("initiatives.list"), getTranslations("facets.initiativePhase"), pageLocale()]);
  const title = localizedText(initiative, "title", locale);
  const summary = localizedText(initiative, "summary", locale);
  // The responsible body and the Kreise are German names, marked inside the translated line.
  const german = germanOnly(locale);
  return (
    <LocalCard
      view={{
        href: `/initiativen/${initiative.slug}`,
        heading: headingLevel,
        title: title.text,
        below: { tone: "muted", parts: [{ text: t("phase", { phase: tf(initiative.phase) }) }] },
        summary: summary.text,
        notes: [
          markedParts({ name: { text: initiative.responsibleBodyName, lang: german } }, (values) => t("responsibleBody", values)),
          ...(initiative.regionNames.length > 0
            ? [markedParts({ names: { text: initiative.regionNames.join(", "), lang: german } }, (values) => t("regions", values))]
            : []),
        ],
      }}
      original={{ title: title.lang, summary: summary.lang }}
    />
  );
}
