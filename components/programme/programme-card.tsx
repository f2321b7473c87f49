import { LocalCard } from "@/components/cards/local-card";
import { localizedText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import type { ProgrammeStatus } from "@/lib/programme/status";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { programmeCardFacts } from "./programme-card-facts";
import { statusView } from "./status-view";

interface Props {
  /** status and daysLeft derived from the dates with the same "now" (lib/programme/deadline.ts). */
  programme: ProgrammeCardDTO & { status: ProgrammeStatus; daysLeft: number | null };
  kreise: readonly KreisRef[];
  headingLevel?: "h2" | "h3";
}

export async function ProgrammeCard({ programme, kreise, headingLevel = "h3" }: Props) {
  const locale = await pageLocale();
  const [status, facts] = await Promise.all([statusView(programme), programmeCardFacts(programme, kreise, locale)]);
  const title = localizedText(programme, "title", locale);
  const summary = localizedText(programme, "summary", locale);
  return (
    <LocalCard
      view={{
        href: `/foerderprogramme/${programme.slug}`,
        heading: headingLevel,
        title: title.text,
        status,
        summary: summary.text,
        facts,
      }}
      original={{ title: title.lang, summary: summary.lang }}
    />
  );
}
