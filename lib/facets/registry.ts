import {
  CompanySize,
  ConsultationMode,
  EventFormat,
  FundingLevel,
  FundingType,
  Industry,
  InitiativePhase,
  NewsKind,
  ServiceCategory,
  TargetGroup,
} from "@/lib/db/enums";
import type { SearchDocType } from "@/lib/search/types";
import { enumToSlug } from "./slug";

// The one list of facets: each facet's URL parameter, the content types it filters, its values,
// its labels and how its counts are read. The public lists and their cached views (proxy.ts),
// /suche, /api/v1/search, the search documents and the editor lists all read it, so a facet or
// value is added here and nowhere else. Code names a facet by its id (the keys below, English);
// URLs, search documents and counts carry its `param` (German, a public contract: bookmarks and
// API clients use it).

export type ContentType = SearchDocType;

export const FUNDING_LEVELS = Object.values(FundingLevel);
export const FUNDING_TYPES = Object.values(FundingType);
export const TARGET_GROUPS = Object.values(TargetGroup);
export const CONSULTATION_MODES = Object.values(ConsultationMode);
export const SERVICE_CATEGORIES = Object.values(ServiceCategory);
export const INDUSTRIES = Object.values(Industry);
export const COMPANY_SIZES = Object.values(CompanySize);
export const EVENT_FORMATS = Object.values(EventFormat);
export const INITIATIVE_PHASES = Object.values(InitiativePhase);
export const NEWS_KINDS = Object.values(NewsKind);

/** Status filter slugs; "offen" means applicable now, with or without a deadline. */
export const STATUS_FILTER_SLUGS = ["offen", "demnaechst", "geschlossen"] as const;

/** Facets whose values exist in the data (taxonomy, organisations); each list loads them. */
export type FacetDataSource = "topics" | "kreise" | "organisations";

type FacetValues =
  /** an enum of schema.prisma: slug `enumToSlug(value)`, label `facets.<labels>.<VALUE>` */
  | { readonly kind: "enum"; readonly enumValues: readonly string[] }
  /** fixed slugs: label `facets.<labels>.<slug>` */
  | { readonly kind: "fixed"; readonly slugs: readonly string[] }
  /** slugs and names from the data */
  | { readonly kind: "data"; readonly source: FacetDataSource };

interface FacetSpec {
  /** The URL parameter (repeated for several values), also the key in search documents and counts. */
  readonly param: string;
  readonly types: readonly ContentType[];
  readonly values: FacetValues;
  /** Section of messages/de/facets.json: `label` is the legend, then one label per value. */
  readonly labels: string;
  /** A full message key replacing the legend for some types. */
  readonly legend?: Partial<Record<ContentType, string>>;
  /**
   * How the search engines count it. "indexed": stored in every search document's `facets` and
   * counted by the engine; "derived": computed from dates when a search is answered (never
   * stored, so it cannot go stale). Without a text query the lists count both in memory.
   */
  readonly counts: "indexed" | "derived";
}

const enumValues = (values: readonly string[]) => ({ kind: "enum", enumValues: values }) as const;
const fromData = <S extends FacetDataSource>(source: S) => ({ kind: "data", source }) as const;

/** In display order: every list shows its facets in this order. */
export const FACETS = {
  status: { param: "status", types: ["programme"], values: { kind: "fixed", slugs: STATUS_FILTER_SLUGS }, labels: "statusFilter", counts: "derived" },
  fundingType: { param: "foerderart", types: ["programme"], values: enumValues(FUNDING_TYPES), labels: "fundingType", counts: "indexed" },
  targetGroup: { param: "zielgruppe", types: ["programme", "event"], values: enumValues(TARGET_GROUPS), labels: "targetGroup", counts: "indexed" },
  service: { param: "leistung", types: ["provider"], values: enumValues(SERVICE_CATEGORIES), labels: "service", counts: "indexed" },
  industry: { param: "branche", types: ["provider"], values: enumValues(INDUSTRIES), labels: "industry", counts: "indexed" },
  topic: { param: "thema", types: ["programme", "advisor", "event", "initiative", "news"], values: fromData("topics"), labels: "topic", counts: "indexed" },
  region: {
    param: "gebiet",
    types: ["programme", "advisor", "provider", "event", "initiative"],
    // Visitors filter by the Kreis they are in; a provider has its seat in exactly one.
    values: fromData("kreise"),
    labels: "region",
    legend: { provider: "providers.list.regionLegend" },
    counts: "indexed",
  },
  fundingLevel: { param: "ebene", types: ["programme"], values: enumValues(FUNDING_LEVELS), labels: "fundingLevel", counts: "indexed" },
  organisation: { param: "organisation", types: ["advisor"], values: fromData("organisations"), labels: "organisation", counts: "indexed" },
  consultationMode: { param: "beratungsform", types: ["advisor"], values: enumValues(CONSULTATION_MODES), labels: "consultationMode", counts: "indexed" },
  companySize: { param: "groesse", types: ["provider"], values: enumValues(COMPANY_SIZES), labels: "companySize", counts: "indexed" },
  eventFormat: { param: "format", types: ["event"], values: enumValues(EVENT_FORMATS), labels: "eventFormat", counts: "indexed" },
  initiativePhase: { param: "phase", types: ["initiative"], values: enumValues(INITIATIVE_PHASES), labels: "initiativePhase", counts: "indexed" },
  newsKind: { param: "art", types: ["news"], values: enumValues(NEWS_KINDS), labels: "newsKind", counts: "indexed" },
} as const satisfies Record<string, FacetSpec>;

export type FacetId = keyof typeof FACETS;
type Spec<I extends FacetId> = (typeof FACETS)[I];
/** The facets of one content type. */
export type FacetIdOf<T extends ContentType> = { [I in FacetId]: T extends Spec<I>["types"][number] ? I : never }[FacetId];
/** The facets of one content type that search documents store. */
export type IndexedFacetIdOf<T extends ContentType> = { [I in FacetIdOf<T>]: Spec<I>["counts"] extends "indexed" ? I : never }[FacetIdOf<T>];
/** The data a content type's facets need. */
export type DataSourceOf<T extends ContentType> = {
  [I in FacetIdOf<T>]: Spec<I>["values"] extends { kind: "data"; source: infer S extends FacetDataSource } ? S : never;
}[FacetIdOf<T>];
/** Facet parameter → chosen slugs. */
export type FacetSelection = Record<string, string[]>;

const FACET_IDS = Object.keys(FACETS) as FacetId[];
const spec = (id: FacetId): FacetSpec => FACETS[id];

export function facetIdsOf<T extends ContentType>(type: T): FacetIdOf<T>[] {
  return FACET_IDS.filter((id) => spec(id).types.includes(type)) as FacetIdOf<T>[];
}

/** A type's facet parameters in display order. */
export function facetParamsOf(type: ContentType): string[] {
  return facetIdsOf(type).map((id) => spec(id).param);
}

/** A type's parameters that search documents store (the engine filters and counts them as stored). */
export function indexedFacetParamsOf(type: ContentType): string[] {
  return facetIdsOf(type).filter((id) => spec(id).counts === "indexed").map((id) => spec(id).param);
}

/** A type's parameters the engine derives when answering ("status"). */
export function derivedFacetParamsOf(type: ContentType): string[] {
  return facetIdsOf(type).filter((id) => spec(id).counts === "derived").map((id) => spec(id).param);
}

/** Every parameter search documents may store, of any type. */
export const INDEXED_FACET_PARAMS: readonly string[] = [...new Set(FACET_IDS.filter((id) => spec(id).counts === "indexed").map((id) => spec(id).param))];

/** The derived programme status facet's parameter. */
export const STATUS_FACET_PARAM = FACETS.status.param;

/** The slugs of an enum or fixed facet; null for facets whose values come from the data. */
export function registrySlugs(id: FacetId): readonly string[] | null {
  const { values } = spec(id);
  if (values.kind === "enum") return values.enumValues.map(enumToSlug);
  if (values.kind === "fixed") return values.slugs;
  return null;
}

/** An enum or fixed facet's values with the message key of each label (facets namespace included). */
export function registryOptions(id: FacetId): { value: string; labelKey: string }[] {
  const { values, labels } = spec(id);
  if (values.kind === "enum") return values.enumValues.map((value) => ({ value: enumToSlug(value), labelKey: `facets.${labels}.${value}` }));
  if (values.kind === "fixed") return values.slugs.map((value) => ({ value, labelKey: `facets.${labels}.${value}` }));
  return [];
}

/** The enum values of an enum facet (editor lists filter by them). */
export function enumValuesOf(id: FacetId): readonly string[] {
  const { values } = spec(id);
  if (values.kind !== "enum") throw new Error(`facet ${id} is not an enum facet`);
  return values.enumValues;
}

/** The label of one enum value (e.g. in editor lists), facets namespace included. */
export function enumLabelKey(id: FacetId, value: string): string {
  return `facets.${spec(id).labels}.${value}`;
}

/** The message key of a facet's legend in a type's list (facets namespace included). */
export function legendKey(id: FacetId, type: ContentType): string {
  const { labels, legend } = spec(id);
  return legend?.[type] ?? `facets.${labels}.label`;
}

/** Where a data facet's values come from; null for enum and fixed facets. */
export function dataSourceOf(id: FacetId): FacetDataSource | null {
  const { values } = spec(id);
  return values.kind === "data" ? values.source : null;
}

/** Facet parameter → the slugs a visitor can choose now: from the registry, or for data facets from `data`. */
export function facetValues<T extends ContentType>(type: T, data: Record<DataSourceOf<T>, readonly string[]>): Record<string, readonly string[]> {
  const sources = data as Record<FacetDataSource, readonly string[]>;
  return Object.fromEntries(facetIdsOf(type).map((id) => [spec(id).param, registrySlugs(id) ?? sources[dataSourceOf(id)!]]));
}

/** Something per facet id → the same per URL parameter, in display order. */
export function byParam<T extends ContentType, V>(type: T, byId: Record<FacetIdOf<T>, V>): Record<string, V> {
  return Object.fromEntries(facetIdsOf(type).map((id) => [spec(id).param, byId[id]]));
}

/** Something per stored facet id → the same per URL parameter: a search document's `facets`. */
export function indexedByParam<T extends ContentType, V>(type: T, byId: Record<IndexedFacetIdOf<T>, V>): Record<string, V> {
  const values = byId as Partial<Record<FacetId, V>>;
  return Object.fromEntries(facetIdsOf(type).filter((id) => spec(id).counts === "indexed").map((id) => [spec(id).param, values[id]!]));
}

/** The parameter of a facet (for code that names one facet, e.g. an editor list's filter). */
export function facetParam<I extends FacetId>(id: I): Spec<I>["param"] {
  return FACETS[id].param;
}
