import type { ProgrammeDetailsSeed } from "../types";

// Rheinland-Pfalz: Verwaltungsvorschriften and programme conditions of the Land and the ISB.
const DE_MINIMIS = "De-minimis-Beihilfe nach Verordnung (EU) 2023/2831";
const ISB_CONTACT = { name: "ISB, Förderberatung Wirtschaft", email: "foerderberatung@isb.example", phone: "+49 6131 0000-1333" };

export const landDetails: Record<string, ProgrammeDetailsSeed> = {
  "isb-digiboost": {
    legalBasis: {
      title: "Verwaltungsvorschrift „Förderung der Digitalisierung kleiner Unternehmen – DigiBoost“",
      url: "https://isb.rlp.de/fileadmin/user_upload/Foerderprogramme/DigiBoost/vv-digiboost.pdf",
    },
    documents: ["Online-Antrag im ISB-Kundenportal", "Vorhabenbeschreibung", "Mindestens ein Angebot je Investition", "De-minimis-Erklärung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `Kumulierbar mit der BAFA-Beratungsförderung für andere Kosten, nicht mit weiteren Zuschüssen für dieselbe Investition; ${DE_MINIMIS}.`,
    contact: ISB_CONTACT,
  },
  innotop: {
    legalBasis: { title: "Verwaltungsvorschrift „Förderung betrieblicher Innovationen – InnoTop“" },
    documents: ["Antrag vor Projektbeginn", "Projektbeschreibung mit Arbeitsplan", "Kalkulation der Personal- und Sachkosten", "KMU-Erklärung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Nicht zusammen mit ZIM oder anderer Innovationsförderung für dasselbe Vorhaben.",
    contact: ISB_CONTACT,
  },
  "gruendungs-und-wachstumsfinanzierung-rlp": {
    legalBasis: { title: "Programmbedingungen „Gründungs- und Wachstumsfinanzierung Rheinland-Pfalz (GuW)“" },
    documents: ["Kreditantrag über die Hausbank", "Businessplan", "Investitions- und Finanzierungsplan"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Mit einer Bürgschaft der Bürgschaftsbank und mit Zuschüssen kombinierbar.",
  },
  "innovationsfonds-rheinland-pfalz": {
    legalBasis: { title: "Beteiligungsgrundsätze des Innovationsfonds Rheinland-Pfalz II" },
    documents: ["Pitch Deck", "Businessplan", "Finanzplanung über fünf Jahre", "Gesellschaftsvertrag"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Setzt eine Beteiligung privater Investoren in gleicher Höhe voraus.",
  },
  "buergschaft-ohne-bank": {
    legalBasis: { title: "Bürgschaftsrichtlinien der Bürgschaftsbank Rheinland-Pfalz" },
    documents: ["Antrag auf Bürgschaftszusage", "Businessplan", "Lebenslauf", "Selbstauskunft zu Vermögen und Verbindlichkeiten"],
    combinability: "KOMBINIERBAR",
  },
  "innovationspreis-rheinland-pfalz": {
    legalBasis: { title: "Ausschreibungsbedingungen des Innovationspreises Rheinland-Pfalz" },
    documents: ["Bewerbungsbogen", "Beschreibung der Innovation (höchstens 5 Seiten)", "Optional: Fotos oder Video"],
    combinability: "KOMBINIERBAR",
  },
  "qualischeck-rheinland-pfalz": {
    legalBasis: { title: "Förderrichtlinie QualiScheck Rheinland-Pfalz (ESF Plus)" },
    documents: ["Beratungsgespräch bei einer Beratungsstelle", "Anmeldebestätigung der Weiterbildung", "Nachweis des Wohnsitzes oder Arbeitsorts in Rheinland-Pfalz"],
    combinability: "NICHT_KOMBINIERBAR",
    combinabilityNote: "Nicht für Weiterbildungen, die bereits aus Aufstiegs-BAföG oder Bildungsgutschein gefördert werden.",
  },
  "digitale-doerfer": {
    documents: ["Formlose Interessensbekundung der Gemeinde"],
    combinability: "KOMBINIERBAR",
  },
  "medienkompetenz-macht-schule": {
    legalBasis: { title: "Landesprogramm „Medienkompetenz macht Schule“ – Rahmenkonzept des Bildungsministeriums" },
    documents: ["Bewerbung der Schule mit Beschluss der Gesamtkonferenz", "Medienkonzept der Schule"],
    combinability: "KOMBINIERBAR",
  },
  "digitalpakt-schule-2": {
    legalBasis: { title: "Verwaltungsvereinbarung DigitalPakt Schule 2.0 und Förderrichtlinie des Landes Rheinland-Pfalz" },
    documents: ["Antrag des Schulträgers", "Technisch-pädagogisches Einsatzkonzept", "Kostenaufstellung je Schule"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Der Eigenanteil des Schulträgers darf nicht aus anderen Bundesmitteln stammen.",
  },
  "foerderaufruf-digitale-kommune-rlp": {
    legalBasis: { title: "Förderaufruf „Digitale Kommune Rheinland-Pfalz“ und Verwaltungsvorschrift des Ministeriums des Innern" },
    documents: ["Projektskizze", "Ratsbeschluss", "Kosten- und Finanzierungsplan"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Kombinierbar mit Bundesmitteln, wenn diese andere Projektteile finanzieren.",
  },
  "landeskofinanzierung-gigabitausbau": {
    legalBasis: { title: "Verwaltungsvorschrift zur Kofinanzierung des Gigabitausbaus in Rheinland-Pfalz" },
    documents: ["Förderbescheid des Bundes", "Antrag auf Kofinanzierung", "Finanzierungsplan"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Setzt eine Förderung aus der Gigabit-Richtlinie des Bundes voraus.",
  },
  "agrarinvestitionsfoerderung-praezisionstechnik": {
    legalBasis: { title: "Verwaltungsvorschrift Agrarinvestitionsförderungsprogramm (AFP) Rheinland-Pfalz" },
    documents: ["Antrag beim Dienstleistungszentrum Ländlicher Raum", "Investitionskonzept", "Drei Vergleichsangebote", "Nachweis der beruflichen Qualifikation"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Nicht für Maschinen, die bereits aus Bundesprogrammen der Landwirtschaft gefördert werden.",
  },
  "landesfoerderung-telemedizin": {
    legalBasis: { title: "Förderrichtlinie „Telemedizin und digitale Versorgung im ländlichen Raum“" },
    documents: ["Projektantrag", "Datenschutz- und IT-Sicherheitskonzept", "Kooperationsvereinbarungen der Leistungserbringer"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Nicht zusammen mit dem Innovationsfonds für dasselbe Versorgungsmodell.",
  },
  "transferfoerderung-hochschulkooperationen": {
    legalBasis: { title: "Förderrichtlinie Wissens- und Technologietransfer Rheinland-Pfalz" },
    documents: ["Gemeinsamer Antrag von Hochschule und Unternehmen", "Kooperationsvertrag", "Arbeitsplan"],
    combinability: "EINGESCHRAENKT",
    successors: ["transfergutschein-hochschule-trier", "ki-gutschein-rheinland-pfalz"],
  },
  "ki-gutschein-rheinland-pfalz": {
    legalBasis: { title: "Förderrichtlinie „KI-Gutschein Rheinland-Pfalz“" },
    documents: ["Online-Antrag", "Angebot des KI-Dienstleisters", "De-minimis-Erklärung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `${DE_MINIMIS}; nicht zusammen mit DigiBoost für dieselbe Leistung.`,
  },
};
