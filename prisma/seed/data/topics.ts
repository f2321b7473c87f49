import type { TopicSeed } from "./types";

// The eight Themenfelder of the Modellregion concept; slugs are stable facet values.
export const topics: TopicSeed[] = [
  {
    slug: "infrastruktur-technologie",
    name: "Infrastruktur & Technologie",
    description: "Glasfaser, Mobilfunk, Rechenzentren und die technische Grundausstattung, auf der alle digitalen Angebote aufbauen.",
    pageText:
      "Ohne schnelles Internet geht in der digitalen Welt wenig. In diesem Themenfeld geht es um Glasfaser, Mobilfunk und die Technik, die Betriebe, Schulen, Verwaltungen und Haushalte in der Region brauchen – in der Stadt genauso wie in den Dörfern der Eifel und an der Mosel.\n\nHier finden Sie Förderprogramme für Anschlüsse und Ausstattung, Beratung dazu und Dienstleister aus der Region, die Netze, Server und Arbeitsplätze einrichten.",
    sortOrder: 1,
  },
  {
    slug: "digitaler-wandel-wirtschaft",
    name: "Digitaler Wandel in der Wirtschaft",
    description: "Unterstützung für Betriebe, Handwerk und Handel, die Abläufe, Vertrieb und Geschäftsmodelle digitalisieren.",
    pageText:
      "Viele Betriebe wollen ihre Abläufe vereinfachen, online verkaufen oder neue Angebote entwickeln. In diesem Themenfeld geht es darum, wie Handwerk, Handel, Dienstleistung und Industrie in der Region diesen Schritt schaffen – auch mit wenig Zeit und kleinem Budget.\n\nHier finden Sie Zuschüsse und Beratungsprogramme für die Digitalisierung im Betrieb, die Kammern und Wirtschaftsförderungen, die dabei helfen, und Dienstleister, die die Umsetzung übernehmen.",
    sortOrder: 2,
  },
  {
    slug: "bildung-kompetenz",
    name: "Bildung & Kompetenzentwicklung",
    description: "Digitale Bildung in Schulen, Aus- und Weiterbildung sowie Qualifizierung von Beschäftigten und Bürgerinnen und Bürgern.",
    pageText:
      "Digitale Werkzeuge helfen nur, wenn Menschen sie sicher nutzen können. In diesem Themenfeld geht es um digitale Bildung in Schulen, um Aus- und Weiterbildung und um Kurse für Beschäftigte, Bürgerinnen und Bürger.\n\nHier finden Sie Programme, die Weiterbildung und Qualifizierung fördern, Stellen, die dazu beraten, und Anbieter von Schulungen.",
    sortOrder: 3,
  },
  {
    slug: "digitale-verwaltung",
    name: "Digitale Verwaltung & Services",
    description: "Online-Dienste der Kommunen, digitale Verwaltungsabläufe und Bürgerservices ohne Behördengang.",
    pageText:
      "Anträge online stellen, Termine buchen, Auskünfte ohne Wartezeit: In diesem Themenfeld geht es um die Dienste der Kommunen und darum, wie Verwaltungen in der Region intern digital arbeiten.\n\nHier finden Sie Förderprogramme für Kommunen, Projekte der Landkreise und Verbandsgemeinden, die zeigen, wie es gehen kann, und Ansprechpersonen für Fragen.",
    sortOrder: 4,
  },
  {
    slug: "ki-innovation",
    name: "KI & Innovation",
    description: "Einsatz von künstlicher Intelligenz und datengetriebenen Lösungen in Unternehmen, Verwaltung und Forschung.",
    pageText:
      "Künstliche Intelligenz kann Texte zusammenfassen, Fehler in der Produktion erkennen oder Anfragen sortieren. In diesem Themenfeld geht es darum, wie Betriebe und Verwaltungen in der Region solche Werkzeuge sinnvoll, sicher und rechtskonform einsetzen.\n\nHier finden Sie Förderprogramme für KI-Projekte, Beratung für den Einstieg, Veranstaltungen zum Ausprobieren und Dienstleister, die Lösungen entwickeln.",
    sortOrder: 5,
  },
  {
    slug: "innovation-forschung",
    name: "Innovation & Forschung",
    description: "Forschungs- und Entwicklungsprojekte, Technologietransfer zwischen Hochschulen und Betrieben sowie innovative Gründungen.",
    pageText:
      "Neue Ideen entstehen oft dort, wo Betriebe und Hochschulen zusammenarbeiten. In diesem Themenfeld geht es um Forschungs- und Entwicklungsprojekte, um den Transfer von Wissen in die Praxis und um Gründungen mit neuen Technologien.\n\nHier finden Sie Programme für Forschung und Entwicklung, Stellen, die Kooperationen vermitteln, und Partner für die Umsetzung.",
    sortOrder: 6,
  },
  {
    slug: "gesundheit",
    name: "Gesundheit",
    description: "Telemedizin, digitale Pflege und vernetzte Gesundheitsversorgung gerade im ländlichen Raum.",
    pageText:
      "Lange Wege zur Ärztin oder zum Pflegedienst sind in ländlichen Gegenden ein Problem. In diesem Themenfeld geht es um Telemedizin, digitale Pflege und eine vernetzte Gesundheitsversorgung in der Region Trier.\n\nHier finden Sie Förderprogramme für digitale Angebote im Gesundheitswesen, Beratung dazu und Dienstleister mit Erfahrung in diesem Bereich.",
    sortOrder: 7,
  },
  {
    slug: "nachhaltigkeit-teilhabe",
    name: "Nachhaltigkeit & gesellschaftliche Teilhabe",
    description: "Digitale Angebote, die Ressourcen schonen, das Ehrenamt stärken und allen Menschen in der Region Teilhabe ermöglichen.",
    pageText:
      "Digitale Angebote sollen allen nützen und niemanden zurücklassen. In diesem Themenfeld geht es um Lösungen, die Energie und Ressourcen sparen, um digitale Hilfe für Vereine und Ehrenamt und um Angebote, die auch ältere Menschen und Menschen mit Behinderung gut nutzen können.\n\nHier finden Sie passende Förderprogramme, Initiativen aus der Region und Stellen, die beraten.",
    sortOrder: 8,
  },
];
