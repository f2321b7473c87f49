import type { NewsKind, RoadmapPhase } from "@/lib/db/enums";
import { RATHAUS_DER_ZUKUNFT_SLUG } from "./initiatives";

// Demo Aktuelles: short notes of the editors in our own words. Dates are invented and relative to
// the seed day (`daysAgo`); nothing here reports a decision or a figure of a real institution.
export interface SeedNews {
  slug: string;
  title: string;
  kind: NewsKind;
  summary: string;
  body: string;
  daysAgo: number;
  topics: string[];
  roadmapPhase?: RoadmapPhase;
  programmes?: string[];
  initiatives?: string[];
  events?: string[];
}

export const news: SeedNews[] = [
  {
    slug: "rathaus-der-zukunft-zwischenstand",
    title: "Rathaus der Zukunft: Zwischenstand aus der Testphase",
    kind: "FORTSCHRITT",
    summary: "Die ersten Online-Dienste der Verbandsgemeinde Schweich sind im Test. Was bisher geschah und wie es weitergeht.",
    body:
      "<p>Seit dem Start der Testphase probiert die Verbandsgemeinde Schweich erste digitale Bürgerdienste im Alltag aus. Rückmeldungen aus dem Test fließen in die weitere Planung ein.</p>" +
      "<p>Welche Dienste schon angeboten werden, steht auf der Website der Verbandsgemeinde; die Meilensteine des Vorhabens finden Sie auf der Seite der Initiative.</p>",
    daysAgo: 12,
    topics: ["digitale-verwaltung"],
    roadmapPhase: "PILOTIERUNG",
    initiatives: [RATHAUS_DER_ZUKUNFT_SLUG],
  },
  {
    slug: "arbeitsgruppe-bildung-kompetenz-startet",
    title: "Themenfeld Bildung und Kompetenz: Arbeitsgruppe nimmt die Arbeit auf",
    kind: "MELDUNG",
    summary: "Für das Themenfeld Bildung und Kompetenz trifft sich eine Arbeitsgruppe, die Angebote in der Region sammelt und Lücken benennt.",
    body:
      "<p>Im Themenfeld Bildung und Kompetenz hat sich eine Arbeitsgruppe zusammengefunden. Sie trägt zusammen, welche Weiterbildungs- und Schulangebote es in der Region schon gibt, und benennt, wo noch etwas fehlt.</p>" +
      "<p>Über Ergebnisse berichten wir hier, sobald es etwas zu berichten gibt.</p>",
    daysAgo: 26,
    topics: ["bildung-kompetenz"],
    roadmapPhase: "IMPLEMENTIERUNG",
  },
  {
    slug: "ki-sprechtag-anmeldung-offen",
    title: "KI-Sprechtag der IHK: Anmeldung geöffnet",
    kind: "MELDUNG",
    summary: "Beim KI-Sprechtag können Betriebe in Einzelgesprächen Fragen zum Einsatz von KI stellen. Termin und Anmeldung stehen auf der Veranstaltungsseite.",
    body:
      "<p>Unternehmen, die KI-Werkzeuge im eigenen Betrieb ausprobieren wollen, können sich für den KI-Sprechtag anmelden. Neben Kurzvorträgen gibt es Einzelgespräche.</p>" +
      "<p>Ort, Zeit und Anmeldung finden Sie auf der Seite der Veranstaltung.</p>",
    daysAgo: 5,
    topics: ["ki-innovation", "digitaler-wandel-wirtschaft"],
    events: ["ki-sprechtag-ihk-trier"],
  },
  {
    slug: "digitalbonus-vulkaneifel-frist-beachten",
    title: "Digitalbonus Vulkaneifel: Frist im Blick behalten",
    kind: "MELDUNG",
    summary: "Wer für Cloudlösungen oder ein IT-Sicherheitskonzept einen Zuschuss des Landkreises beantragen möchte, sollte die Frist auf der Programmseite prüfen.",
    body:
      "<p>Der Digitalbonus Vulkaneifel unterstützt kleine Betriebe bei Cloudlösungen und einem IT-Sicherheitskonzept. Anträge sind nur bis zur Frist möglich, die auf der Seite des Programms steht.</p>" +
      "<p>Bei Fragen zum Antrag helfen die Beratungsstellen, die auf der Programmseite genannt sind.</p>",
    daysAgo: 2,
    topics: ["digitaler-wandel-wirtschaft"],
    programmes: ["digitalbonus-vulkaneifel"],
  },
  {
    slug: "portal-aktuelles-gestartet",
    title: "Neu im Portal: Aktuelles aus der Modellregion",
    kind: "MELDUNG",
    summary: "Unter „Aktuelles“ berichtet die Redaktion künftig kurz über Neuigkeiten und Fortschritte der Modellregion – auch als Feed zum Abonnieren.",
    body:
      "<p>Neben Förderprogrammen, Beratung und Veranstaltungen gibt es im Portal jetzt kurze Meldungen und Fortschrittsberichte. Jede Meldung gehört zu mindestens einem Themenfeld und erscheint auch auf dessen Seite.</p>" +
      "<p>Wer nichts verpassen möchte, kann Aktuelles als Atom-Feed abonnieren, für alle Themenfelder oder nur für eines.</p>",
    daysAgo: 40,
    topics: ["infrastruktur-technologie", "digitale-verwaltung"],
    roadmapPhase: "VORBEREITUNG",
  },
];
