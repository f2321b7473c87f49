import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import { localizedText } from "@/lib/content/translations";
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
  return (
    <LocalCard
      view={{
        href: `/initiativen/${initiative.slug}`,
        heading: headingLevel,
        title: title.text,
        below: { tone: "muted", parts: [{ text: t("phase", { phase: tf(initiative.phase) }) }] },
        summary: summary.text,
        notes: [
          t("responsibleBody", { name: initiative.responsibleBodyName }),
          ...(initiative.regionNames.length > 0 ? [t("regions", { names: initiative.regionNames.join(", ") })] : []),
        ],
      }}
      original={{ title: title.lang, summary: summary.lang }}
    />
  );
}
