import { facetValues } from "@/lib/facets";
import type { ListSchema } from "@/lib/listing/canonical";
import { allowedValues, type RawSearchParams } from "@/lib/listing/params";
import { berlinDay } from "@/lib/dates";
import { calendarMonths } from "./deadline-calendar";
import type { ProgrammeFacetSources } from "./listing";

// /fristen's own parameters beside the programme list's filters: the view (list by default) and
// the calendar's month. Both are in the cache key of its cached view (proxy.ts).
export const VIEW_PARAM = "darstellung";
export const MONTH_PARAM = "monat";
export const CALENDAR_VIEW = "kalender";

export interface DeadlineView {
  calendar: boolean;
  /** YYYY-MM, this Berlin month unless another allowed one is chosen */
  month: string;
}

export function parseDeadlineView(raw: RawSearchParams, now: Date = new Date()): DeadlineView {
  return {
    calendar: allowedValues(raw, VIEW_PARAM, [CALENDAR_VIEW]).length > 0,
    month: allowedValues(raw, MONTH_PARAM, calendarMonths(now))[0] ?? berlinDay(now).slice(0, 7),
  };
}

/** The canonical form of /fristen URLs: the programme facets plus view and month (no sort, no pages). */
export function deadlineListSchema(known: ProgrammeFacetSources, now: Date = new Date()): ListSchema {
  return {
    facets: { ...facetValues("programme", known), [VIEW_PARAM]: [CALENDAR_VIEW], [MONTH_PARAM]: calendarMonths(now) },
    sorts: [],
    defaultSort: "",
  };
}
