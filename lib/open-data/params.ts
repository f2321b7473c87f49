import { z } from "zod";
import { MAX_QUERY_LENGTH, type RawSearchParams } from "@/lib/listing/params";
import { decodeCursor } from "./cursor";
import { parseApiLanguage, type ApiLanguage } from "./language";

// The list parameters of the open data API. The filters are the public list pages' own
// (foerderart, thema, gebiet …, the same slugs), so a list page's query string works here too; the
// API refuses what a page silently ignores (a misspelt value would otherwise return everything).
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const pagingParamsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Einträge je Seite (1–${MAX_LIMIT})`),
  cursor: z.string().max(200).optional().describe("`nextCursor` der vorigen Seite"),
  q: z.string().max(MAX_QUERY_LENGTH).optional().describe("Wörter, die Titel oder Kurzbeschreibung alle enthalten (wie das Suchfeld der Listen)"),
});

export type ParamIssue = { field: string; issue: "invalidValue" | "tooLong" | "tooMany" | "unknownLanguage"; max?: number };

export class InvalidParameter extends Error {
  constructor(readonly problem: ParamIssue) {
    super(`invalid parameter ${problem.field}`);
  }
}

export function rawParams(url: URL): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value);
  return raw;
}

const single = (raw: RawSearchParams, key: string): string | undefined => {
  const value = raw[key];
  if (Array.isArray(value) && value.length > 1) throw new InvalidParameter({ field: key, issue: "tooMany", max: 1 });
  return Array.isArray(value) ? value[0] : value;
};

export function parsePaging(raw: RawSearchParams): { limit: number; afterId: string | null; q: string | undefined } {
  const input = { limit: single(raw, "limit"), cursor: single(raw, "cursor"), q: single(raw, "q") };
  const parsed = pagingParamsSchema.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]!.path[0]);
    throw new InvalidParameter(field === "q" ? { field, issue: "tooLong", max: MAX_QUERY_LENGTH } : { field, issue: "invalidValue" });
  }
  const afterId = parsed.data.cursor === undefined ? null : decodeCursor(parsed.data.cursor);
  if (parsed.data.cursor !== undefined && afterId === null) throw new InvalidParameter({ field: "cursor", issue: "invalidValue" });
  return { limit: parsed.data.limit, afterId, q: parsed.data.q };
}

/** Every value of a facet parameter must be one the public list offers. */
export function assertFacetValues(raw: RawSearchParams, allowed: Record<string, readonly string[]>): void {
  for (const [param, values] of Object.entries(allowed)) {
    const given = raw[param];
    for (const value of given === undefined ? [] : Array.isArray(given) ? given : [given]) {
      if (!values.includes(value.trim())) throw new InvalidParameter({ field: param, issue: "invalidValue" });
    }
  }
}

/**
 * Which events a list answers, like the two public lists: kommend (/veranstaltungen, the default),
 * vergangen (/veranstaltungen/archiv) or alle.
 */
export const EVENT_PERIODS = { kommend: "upcoming", vergangen: "past", alle: "all" } as const;
export const EVENT_PERIOD_PARAM = "zeitraum";

export function parseEventPeriod(raw: RawSearchParams): (typeof EVENT_PERIODS)[keyof typeof EVENT_PERIODS] {
  const value = single(raw, EVENT_PERIOD_PARAM)?.trim();
  if (value === undefined || value === "") return EVENT_PERIODS.kommend;
  if (!Object.hasOwn(EVENT_PERIODS, value)) throw new InvalidParameter({ field: EVENT_PERIOD_PARAM, issue: "invalidValue" });
  return EVENT_PERIODS[value as keyof typeof EVENT_PERIODS];
}

/** `lang` (./language.ts): null when not given; anything but one of de, fr, en is a 400. */
export function parseLanguage(raw: RawSearchParams): ApiLanguage {
  const parsed = parseApiLanguage(raw);
  if (!parsed.ok) throw new InvalidParameter(parsed.problem);
  return parsed.lang;
}
