import type { TopicSeed } from "./types";

// The eight Themenfelder of the Modellregion concept; slugs are stable facet values.
export const topics: TopicSeed[] = [
  {
    slug: "infrastruktur-technologie",
    name: "Infrastruktur & Technologie",
    description: "Glasfaser, Mobilfunk, Rechenzentren und die technische Grundausstattung, auf der alle digitalen Angebote aufbauen.",
    sortOrder: 1,
  },
  {
    slug: "digitaler-wandel-wirtschaft",
    name: "Digitaler Wandel in der Wirtschaft",
    description: "Unterstützung für Betriebe, Handwerk und Handel, die Abläufe, Vertrieb und Geschäftsmodelle digitalisieren.",
    sortOrder: 2,
  },
  {
    slug: "bildung-kompetenz",
    name: "Bildung & Kompetenzentwicklung",
    description: "Digitale Bildung in Schulen, Aus- und Weiterbildung sowie Qualifizierung von Beschäftigten und Bürgerinnen und Bürgern.",
    sortOrder: 3,
  },
  {
    slug: "digitale-verwaltung",
    name: "Digitale Verwaltung & Services",
    description: "Online-Dienste der Kommunen, digitale Verwaltungsabläufe und Bürgerservices ohne Behördengang.",
    sortOrder: 4,
  },
  {
    slug: "ki-innovation",
    name: "KI & Innovation",
    description: "Einsatz von künstlicher Intelligenz und datengetriebenen Lösungen in Unternehmen, Verwaltung und Forschung.",
    sortOrder: 5,
  },
  {
    slug: "innovation-forschung",
    name: "Innovation & Forschung",
    description: "Forschungs- und Entwicklungsprojekte, Technologietransfer zwischen Hochschulen und Betrieben sowie innovative Gründungen.",
    sortOrder: 6,
  },
  {
    slug: "gesundheit",
    name: "Gesundheit",
    description: "Telemedizin, digitale Pflege und vernetzte Gesundheitsversorgung gerade im ländlichen Raum.",
    sortOrder: 7,
  },
  {
    slug: "nachhaltigkeit-teilhabe",
    name: "Nachhaltigkeit & gesellschaftliche Teilhabe",
    description: "Digitale Angebote, die Ressourcen schonen, das Ehrenamt stärken und allen Menschen in der Region Teilhabe ermöglichen.",
    sortOrder: 8,
  },
];
