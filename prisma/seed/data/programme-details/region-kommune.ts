import type { ProgrammeDetailsSeed } from "../types";

// Region, Kreise and Kommunen: local guidelines; contacts where a programme has its own desk.
const DE_MINIMIS = "De-minimis-Beihilfe nach Verordnung (EU) 2023/2831";

export const regionKommuneDetails: Record<string, ProgrammeDetailsSeed> = {
  "ihk-digitalcheck": {
    documents: ["Keine; Terminvereinbarung genügt"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Der Digitalcheck bereitet Anträge auf DigiBoost oder die BAFA-Beratungsförderung vor.",
    contact: { name: "IHK Trier, Team Digitalisierung", email: "digital@ihk-trier.example", phone: "+49 651 0000-778" },
  },
  "hwk-betriebs-und-technologieberatung": {
    documents: ["Keine; Terminvereinbarung genügt"],
    combinability: "KOMBINIERBAR",
  },
  "digitalpreis-region-trier": {
    legalBasis: { title: "Teilnahmebedingungen Digitalpreis Region Trier" },
    documents: ["Bewerbungsformular", "Kurzbeschreibung des Projekts", "Optional: Fotos"],
    combinability: "KOMBINIERBAR",
  },
  "digital-hub-inkubatorprogramm": {
    documents: ["Bewerbung mit Kurzpräsentation", "Lebensläufe des Teams"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Gut kombinierbar mit EXIST oder dem Ideenwettbewerb der Universität.",
  },
  "leader-mosel-regionalbudget": {
    legalBasis: { title: "Förderrichtlinie Regionalbudget der LAG Mosel (GAK-Rahmenplan)" },
    documents: ["Projektsteckbrief", "Kostenschätzung oder Angebote", "Eigentumsnachweis oder Einverständnis des Eigentümers"],
    combinability: "NICHT_KOMBINIERBAR",
    combinabilityNote: "Keine weitere öffentliche Förderung für dasselbe Kleinprojekt.",
  },
  "leader-vulkaneifel-digitale-dorfprojekte": {
    legalBasis: { title: "Lokale Integrierte Ländliche Entwicklungsstrategie (LILE) Vulkaneifel und GAP-Strategieplan" },
    documents: ["Projektsteckbrief", "Kosten- und Finanzierungsplan", "Beschluss des Ortsgemeinderats"],
    combinability: "EINGESCHRAENKT",
  },
  "transfergutschein-hochschule-trier": {
    legalBasis: { title: "Richtlinie Transfergutschein der Hochschule Trier" },
    documents: ["Formloser Antrag", "Kurzbeschreibung der Fragestellung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: DE_MINIMIS,
  },
  "ideenwettbewerb-gruendung-uni-trier": {
    legalBasis: { title: "Teilnahmebedingungen des Ideenwettbewerbs der Universität Trier" },
    documents: ["Ideenskizze (höchstens 3 Seiten)"],
    combinability: "KOMBINIERBAR",
    successors: ["digital-hub-inkubatorprogramm", "exist-gruendungsstipendium"],
  },
  "trierer-innenstadthandel-digital": {
    legalBasis: { title: "Richtlinie der Stadt Trier zur Förderung der Digitalisierung im Innenstadthandel" },
    documents: ["Antragsformular der Stadt Trier", "Angebot des Dienstleisters", "Gewerbeanmeldung", "De-minimis-Erklärung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `${DE_MINIMIS}; kombinierbar mit DigiBoost für andere Kosten.`,
    contact: { name: "Wirtschaftsförderung Trier, Innenstadtmanagement", email: "innenstadt@trier.example", phone: "+49 651 0000-1815" },
  },
  "frist-heute-vereine-digital-konz": {
    legalBasis: { title: "Vereinsförderrichtlinie der Verbandsgemeinde Konz" },
    documents: ["Antragsformular", "Kostenaufstellung", "Vereinsregisterauszug"],
    combinability: "KOMBINIERBAR",
  },
  "frist-gestern-schaufenster-digital-wittlich": {
    legalBasis: { title: "Richtlinie der Stadt Wittlich „Schaufenster digital“" },
    documents: ["Antragsformular", "Angebot", "De-minimis-Erklärung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: DE_MINIMIS,
    successors: ["isb-digiboost"],
  },
  "start-im-eifelkreis": {
    legalBasis: { title: "Förderrichtlinie Gründungszuschuss des Eifelkreises Bitburg-Prüm" },
    documents: ["Antrag", "Businessplan", "Gewerbeanmeldung", "Stellungnahme der Wirtschaftsförderung"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Kombinierbar mit dem ERP-Gründerkredit – StartGeld.",
  },
  "coworking-auf-dem-land-vulkaneifel": {
    legalBasis: { title: "Richtlinie des Landkreises Vulkaneifel zur Anschubförderung von Coworking-Räumen" },
    documents: ["Nutzungskonzept", "Kosten- und Finanzierungsplan", "Mietvertrag oder Absichtserklärung"],
    combinability: "EINGESCHRAENKT",
  },
  "kreisprogramm-digitale-schule-trier-saarburg": {
    legalBasis: { title: "Kreisprogramm Digitale Schule – Beschluss des Kreistags Trier-Saarburg" },
    documents: ["Bedarfsmeldung der Schule", "Medienkonzept"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Ergänzt den DigitalPakt Schule für Ausstattung, die dieser nicht abdeckt.",
  },
  "glasfaser-hausanschluss-aussenbereiche": {
    legalBasis: { title: "Richtlinie des Landkreises Bernkastel-Wittlich zum Glasfaser-Hausanschlusszuschuss" },
    documents: ["Antragsformular", "Angebot des Netzbetreibers", "Grundbuchauszug"],
    combinability: "NICHT_KOMBINIERBAR",
    successors: ["landeskofinanzierung-gigabitausbau", "gigabitfoerderung-bund"],
  },
  "digitalbonus-vulkaneifel": {
    legalBasis: { title: "Richtlinie „Digitalbonus Vulkaneifel“" },
    documents: ["Antragsformular", "IT-Sicherheitskonzept oder Angebot", "De-minimis-Erklärung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `${DE_MINIMIS}; nicht mit DigiBoost für dieselbe Leistung.`,
  },
  "energieberatung-kleine-unternehmen-eifelkreis": {
    documents: ["Antragsformular", "Angebot der Energieberatung"],
    combinability: "EINGESCHRAENKT",
  },
  "energieberatung-handwerk-trier-saarburg-2026": {
    documents: ["Antragsformular", "Angebot der Energieberatung"],
    combinability: "EINGESCHRAENKT",
    successors: ["hwk-betriebs-und-technologieberatung", "energieberatung-kleine-unternehmen-eifelkreis"],
  },
  "telemedizin-netzwerk-bernkastel-wittlich": {
    documents: ["Interessenbekundung der Praxis", "Nachweis der technischen Ausstattung"],
    combinability: null,
  },
};
