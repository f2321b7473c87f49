import type { FundingLevel, FundingType, ServiceCategory, TargetGroup } from "@/lib/db/enums";

// The Förder-Check's rules as data: which answer is compared with which programme, advisor or
// provider field, and how much a match counts. The matcher (./match.ts) and the editors' page
// (/redaktion/foerder-check) both read these tables, so what editors see is what decides; there
// is no other score. Labels and explanations are in messages/de/foerderCheck.json.

/** Who asks: the answer of the first step. */
export const WHO = ["unternehmen", "handwerk", "startup", "solo", "kommune", "schule", "verein", "privatperson"] as const;
export type Who = (typeof WHO)[number];

/** Answers for which the number of employees is asked (a company that may be a KMU). */
export const ASKS_EMPLOYEES: ReadonlySet<Who> = new Set(["unternehmen", "handwerk", "startup"]);

/**
 * KMU by the EU definition (Empfehlung 2003/361/EG): fewer than 250 employees. Turnover and balance
 * sheet limits are not asked, so they become a "Was Sie prüfen sollten" note instead.
 */
export const KMU_MAX_EMPLOYEES = 249;

/** Who → the target groups (Programme.targetGroups) that name them directly. */
export const WHO_TARGET_GROUPS: Record<Who, readonly TargetGroup[]> = {
  unternehmen: [],
  handwerk: ["HANDWERK"],
  startup: ["STARTUP"],
  solo: ["SOLO"],
  kommune: ["KOMMUNE"],
  schule: ["SCHULE"],
  verein: ["VEREIN"],
  privatperson: ["PRIVATPERSON"],
};

/** Who counts as a KMU as well (companies only below KMU_MAX_EMPLOYEES; solo self-employed always). */
export const WHO_MAY_BE_KMU: ReadonlySet<Who> = new Set(["unternehmen", "handwerk", "startup", "solo"]);

/**
 * Concrete project kinds, aligned with the start page's quick tasks (lib/start-page/tasks.ts):
 * the Themenfelder (Topic slugs) they belong to, words that name them in a programme's title or
 * summary (whole words, case-insensitive; a trailing "*" allows any continuation, so "webshop*"
 * also finds "Webshops"), and the provider services (Provider.services) that carry them out.
 */
export interface ProjectRule {
  topics: readonly string[];
  keywords: readonly string[];
  services: readonly ServiceCategory[];
}

export const PROJECTS = {
  webshop: {
    topics: ["digitaler-wandel-wirtschaft"],
    keywords: ["webshop*", "onlineshop*", "online-shop*", "e-commerce", "online-handel", "vertrieb*", "onlinevertrieb*"],
    services: ["WEBSITE_SHOP", "ONLINE_MARKETING"],
  },
  website: {
    topics: ["digitaler-wandel-wirtschaft"],
    keywords: ["website*", "webseite*", "internetauftritt*", "homepage*", "online-marketing", "sichtbarkeit"],
    services: ["WEBSITE_SHOP", "ONLINE_MARKETING"],
  },
  "it-sicherheit": {
    topics: ["digitaler-wandel-wirtschaft", "infrastruktur-technologie"],
    keywords: ["it-sicherheit", "cybersicherheit", "informationssicherheit", "datenschutz"],
    services: ["IT_SICHERHEIT"],
  },
  erp: {
    topics: ["digitaler-wandel-wirtschaft"],
    keywords: ["erp", "erp-*", "warenwirtschaft*", "software", "prozesse", "abläufe"],
    services: ["ERP_PROZESSE", "SOFTWARE"],
  },
  breitband: {
    topics: ["infrastruktur-technologie"],
    keywords: ["breitband*", "glasfaser*", "gigabit*", "mobilfunk*"],
    services: ["CLOUD_INFRASTRUKTUR"],
  },
  ki: {
    topics: ["ki-innovation"],
    keywords: ["ki", "künstliche intelligenz", "künstlicher intelligenz"],
    services: ["DATEN_KI"],
  },
  weiterbildung: {
    topics: ["bildung-kompetenz"],
    keywords: ["weiterbildung*", "qualifizierung*", "schulung*", "coaching*", "fortbildung*"],
    services: ["SCHULUNG"],
  },
} as const satisfies Record<string, ProjectRule>;

export type ProjectKind = keyof typeof PROJECTS;
export const PROJECT_KINDS = Object.keys(PROJECTS) as ProjectKind[];

/** A Themenfeld chosen as such: its provider services (keyword matching needs a concrete project). */
export const TOPIC_SERVICES: Record<string, readonly ServiceCategory[]> = {
  "infrastruktur-technologie": ["CLOUD_INFRASTRUKTUR", "IT_SICHERHEIT"],
  "digitaler-wandel-wirtschaft": ["SOFTWARE", "ERP_PROZESSE", "WEBSITE_SHOP", "BERATUNG"],
  "bildung-kompetenz": ["SCHULUNG"],
  "digitale-verwaltung": ["SOFTWARE", "BERATUNG"],
  "ki-innovation": ["DATEN_KI"],
  "innovation-forschung": ["DATEN_KI", "IOT_INDUSTRIE", "SOFTWARE"],
  gesundheit: ["SOFTWARE"],
  "nachhaltigkeit-teilhabe": ["BERATUNG"],
};

/** How much funding is needed (euros, inclusive); compared with Programme.amountMin/amountMax. */
export const AMOUNTS = {
  "bis-10000": { min: 0, max: 10_000 },
  "bis-50000": { min: 10_001, max: 50_000 },
  "bis-250000": { min: 50_001, max: 250_000 },
  "ueber-250000": { min: 250_001, max: Number.MAX_SAFE_INTEGER },
  unklar: null,
} as const;
export type AmountAnswer = keyof typeof AMOUNTS;
export const AMOUNT_ANSWERS = Object.keys(AMOUNTS) as AmountAnswer[];

/**
 * When the project should start; "soon" means within SOON_DAYS, compared with the application
 * window. "begonnen": it has started already, which rules out programmes whose conditions say
 * "Antrag vor Projektbeginn" (Programme.applyBeforeProjectStart).
 */
export const WHEN = ["sofort", "spaeter", "begonnen", "unklar"] as const;
export type WhenAnswer = (typeof WHEN)[number];
export const SOON_DAYS = 90;

/** Funding types whose terms visitors most often miss: each adds a "Was Sie prüfen sollten" note. */
export const FUNDING_TYPE_CHECKS: readonly FundingType[] = ["ZUSCHUSS", "DARLEHEN", "BUERGSCHAFT", "BETEILIGUNG", "PREIS"];

/** Levels whose programmes apply across the whole region (see lib/taxonomy/kreise.ts). */
export const WIDE_LEVELS: readonly FundingLevel[] = ["EU", "BUND", "LAND", "REGION"];

/**
 * The rule table. `required`: a programme that fails it is not offered; `bonus`: adds its weight
 * when it holds, otherwise it may add a note to check. Closed programmes are never offered.
 */
export const RULES = [
  { id: "open", question: null, fields: ["applicationStart", "deadline"], kind: "exclude", weight: 0 },
  { id: "employees", question: "beschaeftigte", fields: ["maxEmployees"], kind: "exclude", weight: 0 },
  { id: "projectStart", question: "wann", fields: ["applyBeforeProjectStart"], kind: "exclude", weight: 0 },
  { id: "who", question: "wer", fields: ["targetGroups"], kind: "required", weight: 1 },
  { id: "where", question: "wo", fields: ["regions", "level"], kind: "required", weight: 1 },
  { id: "whereLocal", question: "wo", fields: ["regions"], kind: "bonus", weight: 1 },
  { id: "topic", question: "was", fields: ["topics"], kind: "required", weight: 1 },
  { id: "keyword", question: "was", fields: ["title", "summary"], kind: "bonus", weight: 2 },
  { id: "amount", question: "betrag", fields: ["amountMin", "amountMax"], kind: "bonus", weight: 1 },
  { id: "timing", question: "wann", fields: ["applicationStart", "deadline"], kind: "bonus", weight: 1 },
] as const;
export type RuleId = (typeof RULES)[number]["id"];

export const RULE_WEIGHT = Object.fromEntries(RULES.map((r) => [r.id, r.weight])) as Record<RuleId, number>;

/** How advisors and providers are chosen (shown to editors beside the programme rules). */
export const DIRECTORY_RULES = {
  advisors: { fields: ["regions", "topics"], limit: 6 },
  providers: { fields: ["regionId", "services"], limit: 6 },
} as const;
