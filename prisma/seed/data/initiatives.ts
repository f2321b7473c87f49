import type { InitiativePhase, PublicationStatus, RoadmapPhase } from "@/lib/db/enums";

// Initiativen under the umbrella of the Modellregion (issue 19). The initiatives are real; their
// texts are written for this portal and say only what is generally known about them. The
// milestone dates are invented for the demo (the demo banner says so) and chosen to match the
// roadmap's years (Vorbereitung 2023, Planung 2024, Pilotierung 2025, Implementierung 2026–2028,
// Optimierung ab 2029). Sources are the bodies' and programmes' own start pages only.
export interface InitiativeSeed {
  slug: string;
  title: string;
  summary: string;
  /** rich text (the subset of lib/rich-text) */
  description: string;
  responsibleBody: string;
  regions: string[];
  topics: string[];
  phase: InitiativePhase;
  programmes?: string[];
  outcomes?: string;
  milestones: { date: string; title: string; description?: string; roadmapPhase?: RoadmapPhase }[];
  sourceLinks: { label: string; url: string }[];
  status?: PublicationStatus;
  verifiedDaysAgo: number;
}

export const RATHAUS_DER_ZUKUNFT_SLUG = "rathaus-der-zukunft-schweich";

export const initiatives: InitiativeSeed[] = [
  {
    slug: "smart-cities-eifelkreis-bitburg-pruem",
    title: "Modellprojekt Smart Cities im Eifelkreis Bitburg-Prüm",
    summary:
      "Der Eifelkreis Bitburg-Prüm ist Modellprojekt im Bundesprogramm „Smart Cities made in Germany“ und erprobt, wie digitale Angebote einem ländlichen Kreis nützen können.",
    description:
      "<p>Mit dem Förderprogramm „Modellprojekte Smart Cities“ unterstützt der Bund Kommunen, die digitale Lösungen für ihre Stadt oder Region entwickeln, erproben und ihre Erfahrungen mit anderen teilen.</p>" +
      "<p>Der Eifelkreis Bitburg-Prüm gehört zu diesen Modellprojekten. Welche Vorhaben im Einzelnen umgesetzt werden, beschreibt die Kreisverwaltung auf ihrer Website; die Wissensplattform des Programms bündelt Ergebnisse aller Modellprojekte.</p>",
    responsibleBody: "kreis-bitburg-pruem",
    regions: ["eifelkreis-bitburg-pruem"],
    topics: ["digitale-verwaltung", "infrastruktur-technologie"],
    phase: "UMSETZUNG",
    milestones: [
      { date: "2023-09-01", title: "Strategiephase abgeschlossen", roadmapPhase: "VORBEREITUNG" },
      { date: "2024-05-15", title: "Umsetzungsprojekte ausgewählt", roadmapPhase: "PLANUNG" },
      { date: "2027-06-30", title: "Zwischenbilanz der Umsetzung", roadmapPhase: "IMPLEMENTIERUNG" },
    ],
    sourceLinks: [
      { label: "Eifelkreis Bitburg-Prüm", url: "https://www.eifelkreis.de" },
      { label: "Smart City Dialog – Plattform des Bundesprogramms", url: "https://www.smart-city-dialog.de" },
    ],
    verifiedDaysAgo: 12,
  },
  {
    slug: "smartes-dorfgemeinschaftshaus-bernkastel-wittlich",
    title: "Smartes Dorfgemeinschaftshaus",
    summary:
      "Im Rahmen des Modellvorhabens „Smarte.Land.Regionen“ erprobt der Landkreis Bernkastel-Wittlich, wie ein Dorfgemeinschaftshaus digitale Dienste vor Ort zugänglich machen kann.",
    description:
      "<p>„Smarte.Land.Regionen“ ist ein Modellvorhaben des Bundes, in dem ausgewählte Landkreise digitale Dienste für ländliche Räume entwickeln und erproben.</p>" +
      "<p>Der Landkreis Bernkastel-Wittlich nimmt daran teil. Das „Smarte Dorfgemeinschaftshaus“ steht für die Idee, den vertrauten Treffpunkt im Dorf auch als Ort für digitale Angebote zu nutzen. Einzelheiten zum Stand nennen der Landkreis und die Seite des Modellvorhabens.</p>",
    responsibleBody: "kreis-bernkastel-wittlich",
    regions: ["bernkastel-wittlich"],
    topics: ["infrastruktur-technologie", "nachhaltigkeit-teilhabe"],
    phase: "PILOT",
    milestones: [
      { date: "2024-03-01", title: "Konzept für das Dorfgemeinschaftshaus", roadmapPhase: "PLANUNG" },
      { date: "2025-06-01", title: "Erster Testbetrieb vor Ort", roadmapPhase: "PILOTIERUNG" },
      { date: "2028-03-31", title: "Auswertung und Übertragung auf weitere Orte", roadmapPhase: "IMPLEMENTIERUNG" },
    ],
    sourceLinks: [
      { label: "Landkreis Bernkastel-Wittlich", url: "https://www.bernkastel-wittlich.de" },
      { label: "Smarte.Land.Regionen", url: "https://www.smarte-land-regionen.de" },
    ],
    verifiedDaysAgo: 20,
  },
  {
    slug: "digitalstrategie-bernkastel-wittlich",
    title: "Digitalstrategie des Landkreises Bernkastel-Wittlich",
    summary: "Der Landkreis Bernkastel-Wittlich bündelt in einer Digitalstrategie, wo und wie er die Digitalisierung im Kreis voranbringen will.",
    description:
      "<p>Eine Digitalstrategie beschreibt Ziele, Handlungsfelder und nächste Schritte – von der eigenen Verwaltung bis zu Angeboten für Bürgerinnen, Bürger und Betriebe. Den aktuellen Stand veröffentlicht der Landkreis auf seiner Website.</p>",
    responsibleBody: "kreis-bernkastel-wittlich",
    regions: ["bernkastel-wittlich"],
    topics: ["digitale-verwaltung"],
    phase: "UMSETZUNG",
    milestones: [
      { date: "2023-11-01", title: "Bestandsaufnahme", roadmapPhase: "VORBEREITUNG" },
      { date: "2024-09-01", title: "Strategie beschlossen", roadmapPhase: "PLANUNG" },
      { date: "2029-06-30", title: "Fortschreibung der Strategie", roadmapPhase: "OPTIMIERUNG" },
    ],
    sourceLinks: [{ label: "Landkreis Bernkastel-Wittlich", url: "https://www.bernkastel-wittlich.de" }],
    verifiedDaysAgo: 35,
  },
  {
    slug: RATHAUS_DER_ZUKUNFT_SLUG,
    title: "Rathaus der Zukunft",
    summary: "Die Verbandsgemeinde Schweich arbeitet an einem „Rathaus der Zukunft“: Verwaltungsleistungen sollen einfacher und zunehmend digital erreichbar werden.",
    description:
      "<p>Unter dem Namen „Rathaus der Zukunft“ bündelt die Verbandsgemeinde Schweich an der Römischen Weinstraße Vorhaben, mit denen ihre Verwaltung bürgernäher und digitaler werden soll.</p>" +
      "<p>Was bereits angeboten wird, steht auf der Website der Verbandsgemeinde.</p>",
    responsibleBody: "vg-schweich",
    regions: ["trier-saarburg"],
    topics: ["digitale-verwaltung"],
    phase: "PILOT",
    milestones: [
      { date: "2023-10-02", title: "Auftakt und Bestandsaufnahme", description: "Welche Leistungen fragen Bürgerinnen und Bürger am häufigsten nach?", roadmapPhase: "VORBEREITUNG" },
      { date: "2024-06-17", title: "Konzept für digitale Bürgerdienste", roadmapPhase: "PLANUNG" },
      { date: "2025-09-01", title: "Erste Online-Dienste im Test", roadmapPhase: "PILOTIERUNG" },
      { date: "2027-04-01", title: "Einführung in allen Fachbereichen", roadmapPhase: "IMPLEMENTIERUNG" },
    ],
    sourceLinks: [{ label: "Verbandsgemeinde Schweich", url: "https://www.schweich.de" }],
    verifiedDaysAgo: 8,
  },
];
