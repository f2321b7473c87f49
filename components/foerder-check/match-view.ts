// The data a Förder-Check match is drawn from (match-list.tsx), resolved on the server: texts
// translated, dates formatted, German-only names marked. Like the list cards (components/cards),
// the flight payload then carries each match's words once, not its element tree with every class.
import type { StatusView, TextPart } from "@/components/cards/card-view";

/** A sentence; as parts when a German-only name (the Kreis) sits inside a French or English one. */
export type Sentence = string | TextPart[];

export interface MatchView {
  /** The programme's page in the reader's language. */
  href: string;
  title: string;
  titleLang?: "de";
  status: StatusView;
  /** Funding body and amount, German only. */
  meta: string;
  metaLang?: "de";
  /** "Übereinstimmung: 5 Punkte". */
  score: string;
  /** Why it matches, each with its points ("(+1 Punkt)"). */
  reasons: [Sentence, string][];
  /** What the reader should check before applying. */
  checks: Sentence[];
}
