// The data a list card is drawn from. One client component (card.tsx) draws every card type from
// it, so a list's flight payload carries each card's words once instead of its element tree with
// every class name (docs/architecture.md, "Page weight"). Everything is resolved on the server:
// texts translated, dates formatted, highlights sanitized.
import type { ProgrammeStatus } from "@/lib/programme/status";

/** A run of text; with `time` it is a <time dateTime={time}>; `lang`: a German-only name on a French or English page. */
export interface TextPart {
  text: string;
  time?: string;
  lang?: "de";
}

export interface StatusView {
  status: ProgrammeStatus;
  label: string;
  /** Days to a near deadline, counted down in words. */
  countdown?: { days: number; text: string };
  detail?: string;
}

interface FactBase {
  label: string;
  /** The value is German only (a name, a free text) on a French or English page. */
  lang?: "de";
}

/** A fact's value as one text, or as parts when only part of it is German (a funding body's name beside its translated level). */
export type FactView = FactBase & ({ value: string; parts?: never } | { parts: TextPart[]; value?: never });

/** An uploaded logo's <img> attributes (components/provider/provider-logo.tsx). */
export interface LogoView {
  src: string;
  srcSet: string;
  sizes: string;
  width: number;
  height: number;
}

export interface CardView {
  href: string;
  heading: "h2" | "h3";
  title: string;
  /** Title and summary are sanitized highlight HTML with <mark> (search results). */
  highlighted?: boolean;
  logo?: LogoView;
  /** Above the title: the type in mixed results ("kicker"), or date and kind ("muted"). */
  above?: { tone: "kicker" | "muted"; parts: TextPart[] };
  status?: StatusView;
  /** Under the title: a role ("muted") or an event's date ("strong"). */
  below?: { tone: "muted" | "strong"; parts: TextPart[] };
  summary: string;
  facts?: FactView[];
  /** Small lines after the summary (an initiative's responsible body and Kreise), as parts: names in them may be German. */
  notes?: TextPart[][];
  /** After the summary, small and bold: an event's date and organiser in search results. */
  footer?: TextPart[];
  /** Set on French and English pages when the text is the German original (components/cards/local-card.tsx). */
  titleLang?: "de";
  summaryLang?: "de";
  /** "Not yet translated", in the reader's language, under a German text on a French or English page. */
  langNote?: string;
}
