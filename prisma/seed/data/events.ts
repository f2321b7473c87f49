import type { EventFormat, TargetGroup } from "@/lib/db/enums";

// Demo Veranstaltungen of the chambers and networks. Dates are relative to the day the seed runs
// (`inDays`, negative = past) at a Berlin wall-clock time, so a fresh database always shows
// upcoming events within the next weeks and a couple of past ones in the archive.
export interface SeedEvent {
  slug: string;
  title: string;
  summary: string;
  description: string;
  organiser: string;
  format: EventFormat;
  venueName?: string;
  street?: string;
  postalCode?: string;
  town?: string;
  onlineUrl?: string;
  /** days from the seed day; start and end times are "HH:MM" Berlin time */
  inDays: number;
  start: string;
  end: string;
  /** a multi-day event ends this many days after its start */
  days?: number;
  costs?: string;
  registrationUrl?: string;
  targetGroups: TargetGroup[];
  topics: string[];
  regions: string[];
  verifiedDaysAgo: number;
}

export const events: SeedEvent[] = [
  {
    slug: "cybersicherheit-im-handwerk-infoabend",
    title: "Cybersicherheit im Handwerk – Informationsabend",
    summary: "Wie Handwerksbetriebe sich gegen Phishing, Erpressungssoftware und Datenverlust schützen – mit Beispielen aus der Praxis.",
    description:
      "<p>Die Beauftragten für Innovation und Technologie der Handwerkskammer zeigen, welche Angriffe Betriebe heute treffen und welche einfachen Maßnahmen am meisten bringen.</p><ul><li>Typische Angriffe und wie man sie erkennt</li><li>Datensicherung, die im Ernstfall funktioniert</li><li>Förderung für IT-Sicherheit</li></ul>",
    organiser: "hwk-trier",
    format: "VOR_ORT",
    venueName: "Handwerkskammer Trier, Bildungszentrum",
    street: "Loebstraße 18",
    postalCode: "54292",
    town: "Trier",
    inDays: 9,
    start: "18:00",
    end: "20:00",
    costs: "kostenfrei",
    registrationUrl: "https://www.hwk-trier.de/veranstaltungen",
    targetGroups: ["HANDWERK", "KMU"],
    topics: ["digitaler-wandel-wirtschaft", "infrastruktur-technologie"],
    regions: ["stadt-trier", "trier-saarburg"],
    verifiedDaysAgo: 3,
  },
  {
    slug: "ki-sprechtag-ihk-trier",
    title: "KI-Sprechtag: Künstliche Intelligenz im Mittelstand",
    summary: "Einzelgespräche und Kurzvorträge zu KI-Werkzeugen im Büro, in Vertrieb und Produktion.",
    description:
      "<p>Am KI-Sprechtag beantworten Fachleute der IHK Trier und des Mittelstand-Digital Zentrums Ihre Fragen zum Einsatz von KI im eigenen Betrieb – vom Textentwurf bis zur Qualitätsprüfung.</p>",
    organiser: "ihk-trier",
    format: "HYBRID",
    venueName: "IHK Trier, Saal Mosel",
    street: "Herzogenbuscher Straße 12",
    postalCode: "54292",
    town: "Trier",
    onlineUrl: "https://www.ihk.de/trier/veranstaltungen",
    inDays: 16,
    start: "09:30",
    end: "13:00",
    costs: "kostenfrei",
    registrationUrl: "https://www.ihk.de/trier/veranstaltungen",
    targetGroups: ["KMU", "STARTUP"],
    topics: ["ki-innovation"],
    regions: ["region-trier"],
    verifiedDaysAgo: 5,
  },
  {
    slug: "webinar-e-rechnung-pflicht",
    title: "Webinar: Die E-Rechnung wird Pflicht",
    summary: "Was Unternehmen jetzt bei Empfang und Versand elektronischer Rechnungen beachten müssen.",
    description: "<p>In 90 Minuten erklärt die IHK Trier die Fristen, die Formate XRechnung und ZUGFeRD und den Weg zur passenden Software.</p>",
    organiser: "ihk-trier",
    format: "ONLINE",
    onlineUrl: "https://www.ihk.de/trier/veranstaltungen",
    inDays: 23,
    start: "10:00",
    end: "11:30",
    costs: "kostenfrei",
    registrationUrl: "https://www.ihk.de/trier/veranstaltungen",
    targetGroups: ["KMU", "SOLO"],
    topics: ["digitaler-wandel-wirtschaft"],
    regions: ["region-trier"],
    verifiedDaysAgo: 8,
  },
  {
    slug: "betriebsbesuch-digitale-schreinerei-bitburg",
    title: "Betriebsbesuch: Die digitale Schreinerei",
    summary: "Ein Schreinerbetrieb in der Eifel zeigt CNC-Fertigung, digitale Auftragsplanung und Aufmaß per Tablet.",
    description: "<p>Sehen Sie vor Ort, wie ein Betrieb mit zwölf Beschäftigten seine Abläufe digitalisiert hat, und sprechen Sie mit dem Inhaber über Kosten und Förderung.</p>",
    organiser: "wfg-bitburg-pruem",
    format: "VOR_ORT",
    venueName: "Schreinerei im Gewerbegebiet Bitburg",
    town: "Bitburg",
    postalCode: "54634",
    inDays: 30,
    start: "15:00",
    end: "17:30",
    costs: "kostenfrei",
    targetGroups: ["HANDWERK"],
    topics: ["digitaler-wandel-wirtschaft", "ki-innovation"],
    regions: ["eifelkreis-bitburg-pruem"],
    verifiedDaysAgo: 12,
  },
  {
    slug: "netzwerk-digitale-wirtschaft-vulkaneifel",
    title: "Netzwerktreffen Digitale Wirtschaft Vulkaneifel",
    summary: "Unternehmen, Gründerinnen und Verwaltung tauschen sich über Glasfaser, Fachkräfte und digitale Angebote aus.",
    description: "<p>Das Netzwerk Digitale Wirtschaft trifft sich zweimal im Jahr. Diesmal mit einem Bericht zum Glasfaserausbau und kurzen Vorstellungen neuer Unternehmen.</p>",
    organiser: "wifoe-vulkaneifel",
    format: "VOR_ORT",
    venueName: "Kreisverwaltung Vulkaneifel, Sitzungssaal",
    street: "Mainzer Straße 25",
    postalCode: "54550",
    town: "Daun",
    inDays: 12,
    start: "17:00",
    end: "19:30",
    costs: "kostenfrei",
    targetGroups: ["KMU", "STARTUP", "KOMMUNE"],
    topics: ["infrastruktur-technologie", "digitaler-wandel-wirtschaft"],
    regions: ["vulkaneifel"],
    verifiedDaysAgo: 20,
  },
  {
    slug: "digitaltag-bernkastel-wittlich",
    title: "Digitaltag Bernkastel-Wittlich",
    summary: "Vorträge und Werkstätten zu Online-Marketing, Datenschutz und KI für kleine Betriebe.",
    description: "<p>Der Digitaltag der Wirtschaftsförderung bot Vorträge und Werkstätten für kleine Betriebe.</p>",
    organiser: "wifoe-bernkastel-wittlich",
    format: "VOR_ORT",
    venueName: "Kreisverwaltung Bernkastel-Wittlich",
    street: "Kurfürstenstraße 16",
    postalCode: "54516",
    town: "Wittlich",
    inDays: -14,
    start: "09:00",
    end: "16:00",
    costs: "kostenfrei",
    targetGroups: ["KMU", "SOLO"],
    topics: ["ki-innovation", "digitaler-wandel-wirtschaft"],
    regions: ["bernkastel-wittlich"],
    verifiedDaysAgo: 40,
  },
  {
    slug: "webinar-datenschutz-homepage",
    title: "Webinar: Datenschutz auf der eigenen Website",
    summary: "Cookie-Hinweise, Kontaktformulare und Impressum rechtssicher gestalten.",
    description: "<p>Ein Überblick über die häufigsten Fehler auf Unternehmenswebsites und wie man sie vermeidet.</p>",
    organiser: "hwk-trier",
    format: "ONLINE",
    onlineUrl: "https://www.hwk-trier.de/veranstaltungen",
    inDays: -5,
    start: "16:00",
    end: "17:00",
    costs: "kostenfrei",
    targetGroups: ["HANDWERK", "SOLO"],
    topics: ["digitaler-wandel-wirtschaft"],
    regions: ["region-trier"],
    verifiedDaysAgo: 30,
  },
];
