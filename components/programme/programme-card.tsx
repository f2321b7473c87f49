import { Card } from "@/components/cards/card";
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
  const [status, facts] = await Promise.all([statusView(programme), programmeCardFacts(programme, kreise)]);
  return (
    <Card
      view={{
        type: "foerderprogramme",
        href: `/foerderprogramme/${programme.slug}`,
        heading: headingLevel,
        title: programme.title,
        status,
        summary: programme.summary,
        facts,
      }}
    />
  );
}
