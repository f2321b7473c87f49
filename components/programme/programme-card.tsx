import Link from "next/link";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import type { ProgrammeStatus } from "@/lib/programme/status";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { ProgrammeCardFacts } from "./programme-card-facts";
import { StatusBadge } from "./status-badge";

interface Props {
  /** status and daysLeft derived from the dates with the same "now" (lib/programme/deadline.ts). */
  programme: ProgrammeCardDTO & { status: ProgrammeStatus; daysLeft: number | null };
  kreise: readonly KreisRef[];
  headingLevel?: "h2" | "h3";
}

export function ProgrammeCard({ programme, kreise, headingLevel: Heading = "h3" }: Props) {
  return (
    <article className="border-b border-line py-5" data-type="foerderprogramme">
      <Heading className="text-lg font-bold">
        <Link href={`/foerderprogramme/${programme.slug}`}>{programme.title}</Link>
      </Heading>
      <StatusBadge
        status={programme.status}
        deadline={programme.deadline}
        applicationStart={programme.applicationStart}
        daysLeft={programme.daysLeft}
      />
      <p className="mt-2">{programme.summary}</p>
      <ProgrammeCardFacts programme={programme} kreise={kreise} />
    </article>
  );
}
