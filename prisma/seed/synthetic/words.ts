// Word pools for synthetic rows: German text so that full-text search and trigram indexes see
// realistic vocabulary, recombined so that no two rows read the same.
export const PROGRAMME_KINDS = [
  "Zuschuss", "Förderprogramm", "Förderaufruf", "Investitionsbonus", "Beratungsförderung",
  "Innovationsgutschein", "Darlehensprogramm", "Wettbewerb", "Modellvorhaben", "Qualifizierungsoffensive",
];
export const PROGRAMME_SUBJECTS = [
  "Digitale Werkstatt", "KI im Mittelstand", "Cloud und Datensicherheit", "Onlinehandel im ländlichen Raum",
  "Glasfaser für Gewerbegebiete", "Smarte Landwirtschaft", "Telemedizin", "Digitale Schule",
  "Bürgerservice online", "Weinbau 4.0", "Vernetzte Produktion", "Digitales Ehrenamt", "E-Learning im Betrieb",
  "Cybersicherheit", "Datenräume", "Robotik im Handwerk", "Barrierefreie Websites", "Digitale Pflege",
  "Tourismus digital", "Energiemonitoring", "Start-up-Förderung", "Mobiles Arbeiten", "Open Data",
];
export const PROGRAMME_AUDIENCES = [
  "für kleine Unternehmen", "für das Handwerk", "für Kommunen", "für Vereine", "für Schulen",
  "für Gründerinnen und Gründer", "für Hochschulen", "für Winzerbetriebe", "für Pflegeeinrichtungen",
  "in der Region Trier", "in der Eifel", "an der Mosel", "in der Großregion",
];
export const SUMMARY_SENTENCES = [
  "Gefördert werden Investitionen in Hard- und Software sowie begleitende Beratung.",
  "Das Programm unterstützt erste Schritte ebenso wie größere Digitalisierungsprojekte.",
  "Der Zuschuss deckt einen Teil der Kosten für externe Dienstleister.",
  "Anträge sind vor Beginn des Vorhabens zu stellen.",
  "Kooperationen mit Hochschulen und regionalen Partnern werden bevorzugt.",
  "Im Mittelpunkt stehen praxisnahe Lösungen mit schnellem Nutzen.",
];
export const DESCRIPTION_SENTENCES = [
  "Die Förderung richtet sich an Vorhaben, die Abläufe vereinfachen und neue digitale Angebote schaffen.",
  "Förderfähig sind unter anderem Software, Netzwerktechnik, Schulungen und Beratungsleistungen.",
  "Nicht gefördert werden laufende Betriebskosten und Vorhaben, die bereits begonnen haben.",
  "Die Höhe des Zuschusses richtet sich nach Größe des Antragstellers und Art des Vorhabens.",
  "Eine Erstberatung bei Kammern oder Wirtschaftsförderung wird empfohlen.",
  "Nach Abschluss ist ein kurzer Verwendungsnachweis mit Rechnungen einzureichen.",
  "Besonders berücksichtigt werden Projekte im ländlichen Raum und mit Bezug zur Nachhaltigkeit.",
  "Die Mittel sind begrenzt; über die Anträge wird in der Reihenfolge ihres Eingangs entschieden.",
];
export const FIRST_NAMES = [
  "Anna", "Ben", "Carla", "David", "Elena", "Felix", "Greta", "Hannah", "Jan", "Julia", "Kai", "Laura",
  "Lena", "Lukas", "Marie", "Moritz", "Nina", "Paul", "Sarah", "Simon", "Sophie", "Tim", "Vera", "Yannick",
];
export const LAST_NAMES = [
  "Adams", "Bauer", "Clemens", "Dillinger", "Ehlen", "Fischer", "Gansen", "Hoffmann", "Irsch", "Jakobs",
  "Kremer", "Lehnert", "Meyer", "Neises", "Olk", "Pütz", "Reinert", "Schäfer", "Theis", "Weber", "Zender",
];
export const JOB_TITLES = [
  "Förderberaterin", "Digitalisierungsberater", "Gründungsberaterin", "Technologieberater",
  "Referentin Innovation", "Wirtschaftsförderer", "EU-Referentin", "Digitallotse",
];
export const OFFICE_HOURS = ["Mo–Fr 9–12 Uhr", "Di und Do 14–17 Uhr", "Nach Vereinbarung", "Mo–Do 8–16 Uhr"];
export const COMPANY_PREFIXES = [
  "Mosel", "Eifel", "Saar", "Hochwald", "Ruwer", "Kyll", "Maar", "Hunsrück", "Trevi", "Porta", "Vulkan", "Prüm",
];
export const COMPANY_CORES = [
  "Digital", "Software", "Systemhaus", "Webdesign", "Data", "Cloud", "IT-Service", "Medien", "Automation",
  "Consulting", "Netzwerk", "Lernwerk",
];
export const LEGAL_FORMS = ["GmbH", "UG (haftungsbeschränkt)", "GbR", "e. K.", ""];
export const CERTIFICATIONS = [
  "ISO 27001", "ISO 9001", "Shopware Partner", "Google Partner", "BSI IT-Grundschutz-Praktiker",
  "Microsoft Solutions Partner", "DATEV Software-Partner",
];
export const REFERENCE_TITLES = [
  "Onlineshop für einen Fachhändler", "Netzwerkmodernisierung", "Einführung einer Branchensoftware",
  "Schulung für Beschäftigte", "Datenanalyse für die Produktion", "Website-Relaunch",
];
