import type { ProgrammeDetailsSeed } from "../types";

// Legal bases name the real regulations and guidelines; links follow the publishers' URL patterns.
const eurLex = (celex: string) => `https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:${celex}`;
const DE_MINIMIS = "Verordnung (EU) 2023/2831 (De-minimis-Beihilfen)";

export const euBundDetails: Record<string, ProgrammeDetailsSeed> = {
  "horizont-europa-cluster-digital": {
    legalBasis: { title: "Verordnung (EU) 2021/695 zur Einrichtung von „Horizont Europa“", url: eurLex("32021R0695") },
    documents: ["Online-Antrag im Funding & Tenders Portal (Teil A)", "Projektbeschreibung nach Vorlage (Teil B)", "Angaben zu allen Konsortialpartnern", "Nachweis der finanziellen Leistungsfähigkeit des Koordinators"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Dieselben Kosten dürfen nicht zusätzlich aus anderen EU-Programmen gefördert werden; nationale Kofinanzierung ist möglich.",
  },
  "eic-accelerator": {
    legalBasis: { title: "Verordnung (EU) 2021/695 („Horizont Europa“), EIC-Arbeitsprogramm", url: eurLex("32021R0695") },
    documents: ["Kurzantrag mit Pitch-Video", "Vollantrag mit Businessplan", "Finanzplan für Zuschuss und Beteiligung", "Lebensläufe des Gründungsteams"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Kombinierbar mit privaten Investitionen; keine Doppelförderung derselben Kosten aus anderen EU-Mitteln.",
  },
  "edih-test-vor-investition": {
    legalBasis: { title: "Verordnung (EU) 2021/694 über das Programm „Digitales Europa“", url: eurLex("32021R0694") },
    documents: ["Kurzbeschreibung des Vorhabens", "Erklärung zu bereits erhaltenen De-minimis-Beihilfen"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: `Die Leistungen gelten als De-minimis-Beihilfe (${DE_MINIMIS}); sie werden auf die Obergrenze angerechnet.`,
  },
  "interreg-grossregion-kleinprojekte": {
    legalBasis: { title: "Verordnung (EU) 2021/1059 (Interreg) und Programmhandbuch Kleinprojektefonds", url: eurLex("32021R1059") },
    documents: ["Projektantrag in Deutsch und Französisch", "Kooperationsvereinbarung mit dem Partner im Nachbarland", "Kosten- und Finanzierungsplan"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Kofinanzierung aus nationalen Mitteln ist erlaubt, eine zweite EU-Förderung für dieselben Kosten nicht.",
  },
  "erasmus-plus-schulbildung-digital": {
    legalBasis: { title: "Verordnung (EU) 2021/817 zur Einrichtung von Erasmus+", url: eurLex("32021R0817") },
    documents: ["Antragsformular der Nationalen Agentur", "Unterschriebene ehrenwörtliche Erklärung", "Mandatsschreiben der Partnereinrichtungen"],
    combinability: "NICHT_KOMBINIERBAR",
    combinabilityNote: "Für dasselbe Projekt ist keine weitere EU-Förderung zulässig.",
    successors: ["medienkompetenz-macht-schule"],
  },
  "efre-rlp-digitalisierung-mittelstand": {
    legalBasis: { title: "Verordnung (EU) 2021/1058 (EFRE) und EFRE-Programm Rheinland-Pfalz 2021–2027", url: eurLex("32021R1058") },
    documents: ["Antragsformular der ISB", "Vorhabenbeschreibung mit Zeitplan", "Kostenvoranschläge oder Angebote", "KMU-Erklärung", "Jahresabschlüsse der letzten zwei Jahre"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Kumulierbar mit Darlehen der ISB; nicht mit anderen Zuschüssen für dieselben Ausgaben.",
    contact: { name: "ISB, Team EFRE-Förderung", email: "efre@isb.example", phone: "+49 6131 0000-1444" },
  },
  "digitales-europa-cybersicherheit-kmu": {
    legalBasis: { title: "Verordnung (EU) 2021/694 über das Programm „Digitales Europa“", url: eurLex("32021R0694") },
    documents: ["Antrag im Funding & Tenders Portal", "Selbstauskunft zur IT-Sicherheitslage", "Budgetplan"],
    combinability: "EINGESCHRAENKT",
    successors: ["edih-test-vor-investition"],
  },
  "eu4health-digitale-versorgung": {
    legalBasis: { title: "Verordnung (EU) 2021/522 (Programm EU4Health)", url: eurLex("32021R0522") },
    documents: ["Antrag im Funding & Tenders Portal", "Beschreibung des Versorgungsmodells", "Datenschutzkonzept"],
    combinability: "NICHT_KOMBINIERBAR",
  },
  "bafa-unternehmensberatung": {
    legalBasis: {
      title: "Richtlinie über die Förderung von unternehmerischem Know-how",
      url: "https://www.bafa.de/SharedDocs/Downloads/DE/Wirtschaft/unb_richtlinie.pdf?__blob=publicationFile",
    },
    documents: ["Bestätigung des Informationsgesprächs (IHK oder HwK)", "Online-Antrag beim BAFA", "Beratungsbericht nach Abschluss", "Rechnung und Zahlungsnachweis der Beratung"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `Kumulierbar mit Landesprogrammen für andere Kosten; die Förderung ist eine De-minimis-Beihilfe (${DE_MINIMIS}).`,
    contact: { name: "BAFA, Referat Unternehmensberatung", email: "unternehmensberatung@bafa.example", phone: "+49 6196 0000-970" },
  },
  "go-digital": {
    legalBasis: {
      title: "Richtlinie über die Förderung von Beratungsleistungen im Rahmen des Förderprogramms „go-digital“",
      url: "https://www.bundeswirtschaftsministerium.de/Redaktion/DE/Downloads/P-R/richtlinie-go-digital.pdf?__blob=publicationFile",
    },
    documents: ["Keine: Das Programm nimmt keine Anträge mehr an."],
    combinability: "NICHT_KOMBINIERBAR",
    combinabilityNote: "Galt als De-minimis-Beihilfe; eine weitere Förderung derselben Beratung war ausgeschlossen.",
    successors: ["bafa-unternehmensberatung", "isb-digiboost"],
  },
  "erp-digitalisierungs-und-innovationskredit": {
    legalBasis: {
      title: "Merkblatt ERP-Digitalisierungs- und Innovationskredit (380, 390, 391)",
      url: "https://www.kfw.de/PDF/Download-Center/F%C3%B6rderprogramme-(Inlandsf%C3%B6rderung)/PDF-Dokumente/6000004512_M_380_390_391.pdf",
    },
    documents: ["Kreditantrag über die Hausbank", "Investitions- und Finanzierungsplan", "Jahresabschlüsse", "KMU-Erklärung"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Mit Zuschüssen von Bund und Land kombinierbar, solange die Beihilfehöchstgrenzen eingehalten werden.",
  },
  "erp-gruenderkredit-startgeld": {
    legalBasis: {
      title: "Merkblatt ERP-Gründerkredit – StartGeld (067)",
      url: "https://www.kfw.de/PDF/Download-Center/F%C3%B6rderprogramme-(Inlandsf%C3%B6rderung)/PDF-Dokumente/6000000178_M_067.pdf",
    },
    documents: ["Kreditantrag über die Hausbank", "Businessplan mit Finanzplan", "Lebenslauf", "Stellungnahme einer fachkundigen Stelle"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Mit Gründungszuschüssen (z. B. der Agentur für Arbeit) kombinierbar.",
  },
  "zim-zentrales-innovationsprogramm-mittelstand": {
    legalBasis: { title: "Richtlinie „Zentrales Innovationsprogramm Mittelstand (ZIM)“", url: "https://www.zim.de/ZIM/Redaktion/DE/Publikationen/Richtlinien/richtlinie-zim.pdf?__blob=publicationFile" },
    documents: ["Antrag in easy-Online", "Vorhabenbeschreibung nach Gliederung des Projektträgers", "Arbeits- und Zeitplan", "Nachweis der KMU-Eigenschaft"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Für dasselbe Vorhaben keine weitere öffentliche Förderung; Forschungszulage für andere Kosten möglich.",
  },
  "kmu-innovativ-ikt": {
    legalBasis: { title: "Richtlinie zur Förderung von Projekten zum Thema „KMU-innovativ: Informations- und Kommunikationstechnologien“" },
    documents: ["Projektskizze (höchstens 15 Seiten)", "Nach Aufforderung: förmlicher Antrag in easy-Online"],
    combinability: "NICHT_KOMBINIERBAR",
    combinabilityNote: "Eine Doppelförderung desselben Vorhabens ist ausgeschlossen.",
    successors: ["zim-zentrales-innovationsprogramm-mittelstand"],
  },
  "exist-gruendungsstipendium": {
    legalBasis: { title: "Richtlinie zur Förderung von Existenzgründungen aus der Wissenschaft (EXIST-Gründungsstipendium)" },
    documents: ["Ideenpapier", "Lebensläufe des Teams", "Betreuungszusage der Hochschule", "Arbeitsplan"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Neben dem Stipendium ist kein weiteres Stipendium und nur eine geringfügige Beschäftigung erlaubt.",
  },
  "gigabitfoerderung-bund": {
    legalBasis: { title: "Richtlinie „Förderung zur Unterstützung des Gigabitausbaus der Telekommunikationsnetze in der Bundesrepublik Deutschland“ (Gigabit-Richtlinie des Bundes 2.0)" },
    documents: ["Markterkundungsverfahren mit Ergebnis", "Förderantrag über das Portal des Projektträgers", "Kofinanzierungserklärung des Landes"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Wird durch die Landeskofinanzierung ergänzt.",
    successors: ["landeskofinanzierung-gigabitausbau"],
  },
  "inqa-coaching": {
    legalBasis: { title: "Richtlinie zum Förderprogramm „INQA-Coaching“ (ESF Plus)" },
    documents: ["Erstberatung bei einer INQA-Beratungsstelle", "Coaching-Vertrag", "Teilnahmebestätigungen", "Abschlussbericht"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `De-minimis-Beihilfe (${DE_MINIMIS}); keine zweite Förderung desselben Coachings.`,
  },
  "htgf-seed-finanzierung": {
    documents: ["Pitch Deck", "Businessplan mit Finanzplanung", "Cap Table"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Üblich zusammen mit privaten Business Angels und Landesbeteiligungen.",
  },
  "innovationsfonds-neue-versorgungsformen": {
    legalBasis: { title: "§§ 92a und 92b Fünftes Buch Sozialgesetzbuch (SGB V)", url: "https://www.gesetze-im-internet.de/sgb_5/__92a.html" },
    documents: ["Ideenskizze nach Förderbekanntmachung", "Vollantrag mit Evaluationskonzept", "Kooperationserklärungen der Krankenkassen"],
    combinability: "NICHT_KOMBINIERBAR",
  },
  "digitalisierungszuschuss-pflegeeinrichtungen": {
    legalBasis: { title: "§ 8 Absatz 8 Elftes Buch Sozialgesetzbuch (SGB XI)", url: "https://www.gesetze-im-internet.de/sgb_11/__8.html" },
    documents: ["Antrag bei der Pflegekasse am Sitz der Einrichtung", "Angebote oder Rechnungen der Anschaffungen", "Erklärung zur Kofinanzierung (60 % Förderanteil)"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Dieselben Anschaffungen dürfen nicht zusätzlich aus Landesmitteln gefördert werden.",
  },
  "engagement-digital-mikrofoerderung": {
    legalBasis: { title: "Förderrichtlinie „Engagement digital“ der Deutschen Stiftung für Engagement und Ehrenamt" },
    documents: ["Online-Antrag", "Vereinsregisterauszug", "Freistellungsbescheid des Finanzamts"],
    combinability: "KOMBINIERBAR",
    combinabilityNote: "Mit kommunalen Vereinszuschüssen kombinierbar, wenn diese andere Kosten decken.",
  },
  "aufstiegs-bafoeg-digitalfachkraft": {
    legalBasis: { title: "Aufstiegsfortbildungsförderungsgesetz (AFBG)", url: "https://www.gesetze-im-internet.de/afbg/" },
    documents: ["Antragsformblatt A", "Teilnahmebescheinigung des Lehrgangsträgers", "Nachweis der Zulassungsvoraussetzungen", "Einkommensnachweise (bei Unterhaltsbeitrag)"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: "Nicht zusammen mit BAföG für dieselbe Ausbildung; Bildungsgutscheine der Agentur für Arbeit schließen die Förderung aus.",
  },
  "wipano-patente-und-normen": {
    legalBasis: { title: "Richtlinie zur Förderung von Projekten zum Thema „Wissens- und Technologietransfer durch Patente und Normen (WIPANO)“" },
    documents: ["Online-Antrag beim Projektträger", "Beschreibung der Erfindung", "Angebot des Patentanwalts"],
    combinability: "EINGESCHRAENKT",
    combinabilityNote: `De-minimis-Beihilfe (${DE_MINIMIS}).`,
  },
  "kfw-investitionskredit-kommunen": {
    legalBasis: {
      title: "Merkblatt Investitionskredit Kommunen (208)",
      url: "https://www.kfw.de/PDF/Download-Center/F%C3%B6rderprogramme-(Inlandsf%C3%B6rderung)/PDF-Dokumente/6000002506_M_208.pdf",
    },
    documents: ["Kreditantrag direkt bei der KfW", "Beschluss des kommunalen Gremiums", "Kreditgenehmigung der Kommunalaufsicht"],
    combinability: "KOMBINIERBAR",
  },
  "gruendungswettbewerb-digitale-innovationen": {
    legalBasis: { title: "Teilnahmebedingungen des Gründungswettbewerbs – Digitale Innovationen" },
    documents: ["Ideenskizze im Online-Portal", "Angaben zum Team"],
    combinability: "KOMBINIERBAR",
    successors: ["exist-gruendungsstipendium", "digitalpreis-region-trier"],
  },
};
