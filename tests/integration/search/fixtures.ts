import { addDays } from "@/lib/dates";
import type { SearchDocType, SearchDocument, SearchQuery } from "@/lib/search/types";

// A small fixed set of documents for the engine contract: each one exists to prove one behaviour
// (named in its id). The day is fixed, so statuses never depend on when the tests run.

export const TODAY = "2030-06-15";
export const day = (offset: number) => addDays(TODAY, offset);

type Extra = Partial<Omit<SearchDocument, "id" | "type" | "entityId">>;

function doc(type: SearchDocType, key: string, title: string, extra: Extra = {}): SearchDocument {
  return {
    id: `${type}:ct-${key}`,
    type,
    entityId: `ct-${key}`,
    slug: `ct-${key}`,
    title,
    summary: "",
    body: "",
    keywords: [],
    facets: {},
    applicationStart: null,
    deadline: null,
    publishedAt: "2030-01-01T08:00:00.000Z",
    ...extra,
  };
}

/** Programmes default to a Land grant for both Kreise; `facets` adds to or overrides that. */
const programme = (key: string, title: string, { facets, ...extra }: Extra = {}) =>
  doc("programme", key, title, { ...extra, facets: { foerderart: ["zuschuss"], ebene: ["land"], gebiet: ["kreis-a", "kreis-b"], ...facets } });
const advisor = (key: string, title: string, extra: Extra = {}) => doc("advisor", key, title, extra);
const provider = (key: string, title: string, extra: Extra = {}) => doc("provider", key, title, extra);

export const CONTRACT_DOCUMENTS: SearchDocument[] = [
  programme("digitalisierung", "Digitalisierung im Handwerk", {
    summary: "Zuschuss für Betriebe, die Abläufe und Kundenkontakt digital organisieren.",
    keywords: ["Handwerkskammer Trier", "Zuschuss"],
    facets: { zielgruppe: ["handwerk"], thema: ["digitaler-wandel"] },
    deadline: day(30),
    publishedAt: "2030-05-01T08:00:00.000Z",
  }),
  programme("intelligenz", "Künstliche Intelligenz im Mittelstand", {
    summary: "Beratung und Zuschuss für erste Anwendungen im eigenen Betrieb.",
    facets: { zielgruppe: ["kmu"], thema: ["ki-innovation"], foerderart: ["zuschuss", "beratung"] },
    deadline: day(0),
    publishedAt: "2030-05-10T08:00:00.000Z",
  }),
  programme("vereine", "Förderung für Vereine", {
    summary: "Kleine Beträge für Laptops und Vereinssoftware.",
    facets: { zielgruppe: ["verein"], ebene: ["kommune"], gebiet: ["kreis-a"] },
    deadline: day(-1),
  }),
  programme("glasfaser-titel", "Glasfaser für Gewerbegebiete", {
    summary: "Anschluss von Gewerbegebieten an schnelles Netz.",
    facets: { thema: ["infrastruktur"], foerderart: ["darlehen"], ebene: ["bund"] },
    applicationStart: day(1),
    deadline: day(90),
  }),
  programme("laufend", "Innovationsdarlehen für Gründungen", {
    summary: "Darlehen ohne Frist für junge Unternehmen.",
    body: "Beantragung über die Hausbank. Auch Investitionen in Glasfaser-Anschlüsse und Industrie 4.0 im Betrieb sind möglich.",
    facets: { foerderart: ["darlehen"], zielgruppe: ["startup"], ebene: ["bund"] },
  }),
  programme("start-heute", "Modellvorhaben Smarte Dörfer", {
    summary: "Kommunen erproben digitale Dorfläden.",
    facets: { zielgruppe: ["kommune"], thema: ["verwaltung"], gebiet: ["kreis-b"] },
    applicationStart: day(0),
    deadline: day(10),
  }),
  programme("html", "Sicher surfen <script>alert(1)</script> & Co.", {
    summary: "Workshop-Reihe zu Passwörtern, Phishing und <b>Backups</b>.",
    facets: { thema: ["it-sicherheit"], foerderart: ["sonstige"] },
    deadline: day(5),
  }),
  programme("geschlossen-alt", "Wettbewerb Digitale Schule", {
    summary: "Preis für Schulprojekte mit Tablets.",
    facets: { foerderart: ["preis"], zielgruppe: ["schule"] },
    deadline: day(-40),
  }),
  advisor("strasse", "Treffpunkt Digitale Straße Trier", {
    summary: "Offene Sprechstunde für Fragen zur Digitalisierung.",
    facets: { thema: ["digitaler-wandel"], gebiet: ["kreis-a"], organisation: ["ihk"], beratungsform: ["vor-ort"] },
  }),
  advisor("handwerk", "Digitallotsin der Handwerkskammer", {
    summary: "Berät Handwerksbetriebe zu Software und Förderung.",
    keywords: ["Handwerkskammer Trier"],
    facets: { thema: ["digitaler-wandel"], gebiet: ["kreis-a", "kreis-b"], organisation: ["hwk"], beratungsform: ["vor-ort", "video"] },
  }),
  advisor("ki", "KI-Sprechstunde", {
    summary: "Erste Orientierung zu KI-Anwendungen.",
    facets: { thema: ["ki-innovation"], gebiet: ["kreis-b"], organisation: ["hochschule"], beratungsform: ["video"] },
  }),
  advisor("gruendung", "Gründungsberatung Eifel", {
    summary: "Begleitung von der Idee bis zum Start-up.",
    facets: { thema: ["innovation"], gebiet: ["kreis-b"], organisation: ["ihk"], beratungsform: ["telefon"] },
  }),
  provider("website", "Moselweb Agentur", {
    summary: "Wir bauen Ihre Website und Ihren Onlineshop.",
    keywords: ["Bernkastel-Kues"],
    facets: { leistung: ["website-shop"], branche: ["handel"], gebiet: ["kreis-a"], groesse: ["small"] },
    publishedAt: "2030-06-01T08:00:00.000Z",
  }),
  provider("strasse", "Webwerk Strasse GmbH", {
    summary: "Software für Speditionen.",
    facets: { leistung: ["software"], branche: ["logistik"], gebiet: ["kreis-b"], groesse: ["medium"] },
  }),
  provider("sicherheit", "Eifel Cybersicherheit", {
    summary: "Penetrationstests und Notfallpläne.",
    facets: { leistung: ["it-sicherheit"], branche: ["handwerk", "handel"], gebiet: ["kreis-b"], groesse: ["micro"] },
  }),
  provider("cloud", "Saar Cloud Systeme", {
    summary: "Server, Backup und Arbeitsplätze aus der Cloud.",
    facets: { leistung: ["cloud-infrastruktur"], branche: ["dienstleistung"], gebiet: ["kreis-a"], groesse: ["small"] },
  }),
  provider("daten", "Datenwerk Trier", {
    summary: "Auswertungen und Dashboards für den Mittelstand.",
    facets: { leistung: ["daten-ki"], branche: ["industrie"], gebiet: ["kreis-a"], groesse: ["solo"] },
  }),
  ...Array.from({ length: 12 }, (_, i) =>
    provider(`filler-${String(i + 1).padStart(2, "0")}`, `Alpha Systemhaus ${String(i + 1).padStart(2, "0")}`, {
      summary: "IT-Betreuung für Praxen und Kanzleien.",
      facets: { leistung: ["software"], branche: ["dienstleistung"], gebiet: [i % 2 ? "kreis-a" : "kreis-b"], groesse: ["small"] },
      publishedAt: `2030-02-${String(i + 1).padStart(2, "0")}T08:00:00.000Z`,
    }),
  ),
];

export const baseQuery: SearchQuery = {
  text: "",
  types: [],
  filters: {},
  statuses: [],
  sort: "relevance",
  page: 1,
  pageSize: 50,
  facets: [],
  today: TODAY,
};

export const slug = (key: string) => `ct-${key}`;
