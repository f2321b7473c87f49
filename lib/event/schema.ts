import { z } from "zod";
import { EventFormat, TargetGroup } from "@/lib/db/enums";
import { berlinLocalToInstant, isLocalDateTime } from "@/lib/dates";
import { optionalSlug, postalCode, reference } from "@/lib/content/fields";
import { translationFields } from "@/lib/content/translations";
import { listOf, oneOf, optionalText, optionalUrl, requiredText, version } from "@/lib/validation/fields";

// The event form and import input (one schema for both). Linked entries are named by their slugs,
// as for advisors; the service resolves them and reports unknown ones next to the field. Messages
// are "editor" catalogue keys or full keys of the eventEditor namespace.
const RICH_TEXT_MAX = 20_000;
/** The event texts that can carry a French and an English version (issue 20). */
export const EVENT_TRANSLATED = ["title", "summary", "description"] as const;

export const EVENT_FORMATS = Object.values(EventFormat) as [EventFormat, ...EventFormat[]];
export const EVENT_TARGET_GROUPS = Object.values(TargetGroup) as [TargetGroup, ...TargetGroup[]];

/** Formats that take place somewhere (a venue is required) and that take place online (a link is). */
export const hasVenue = (format: EventFormat) => format === "VOR_ORT" || format === "HYBRID";
export const isOnline = (format: EventFormat) => format === "ONLINE";

/**
 * A Berlin wall-clock time, kept as "YYYY-MM-DDTHH:mm" (the datetime-local value) so the form,
 * the audit row and the conflict table compare it as written; the service stores the instant.
 * Import files may also write "2026-12-15 14:00" or "15.12.2026 14:00".
 */
export const localDateTime = () =>
  z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      const s = v.trim().replace(" ", "T");
      const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})T(\d{1,2}):(\d{2})$/.exec(s);
      if (german) return `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}T${german[4]!.padStart(2, "0")}:${german[5]}`;
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(s) ? s.slice(0, 16) : s;
    },
    z.string({ error: "validation.required" }).min(1, "validation.required").refine(isLocalDateTime, "eventEditor.validation.dateTime"),
  );

/** Routes below /veranstaltungen that an event's slug would hide (or be hidden by). */
const RESERVED_SLUGS = new Set(["archiv", "ansicht", "kalender"]);

export const eventFields = {
  title: requiredText(200),
  slug: optionalSlug().refine((slug) => slug === null || !RESERVED_SLUGS.has(slug), "eventEditor.validation.reservedSlug"),
  summary: requiredText(600),
  description: requiredText(RICH_TEXT_MAX),
  // French and English versions (issue 20), optional; description is rich text like the German one.
  ...translationFields({ title: 200, summary: 600, description: RICH_TEXT_MAX }),
  organiser: reference(),
  format: oneOf(EVENT_FORMATS),
  venueName: optionalText(200),
  street: optionalText(200),
  postalCode: postalCode(),
  town: optionalText(100),
  onlineUrl: optionalUrl(),
  startsAt: localDateTime(),
  endsAt: localDateTime(),
  costs: optionalText(200),
  registrationUrl: optionalUrl(),
  targetGroups: listOf(oneOf(EVENT_TARGET_GROUPS), { max: EVENT_TARGET_GROUPS.length }),
  topics: listOf(z.string().max(120), { max: 20 }),
  regions: listOf(z.string().max(120), { max: 20 }),
};

type Fields = z.output<z.ZodObject<typeof eventFields>>;

// The format decides which of place and link a visitor needs; the end may not precede the start.
function checkEvent(input: Fields, ctx: z.RefinementCtx) {
  if (hasVenue(input.format)) {
    if (!input.venueName) ctx.addIssue({ code: "custom", path: ["venueName"], message: "eventEditor.validation.venueRequired" });
    if (!input.town) ctx.addIssue({ code: "custom", path: ["town"], message: "eventEditor.validation.townRequired" });
  }
  if (isOnline(input.format) && !input.onlineUrl) {
    ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "eventEditor.validation.onlineUrlRequired" });
  }
  const datesValid = isLocalDateTime(input.startsAt) && isLocalDateTime(input.endsAt);
  if (datesValid && berlinLocalToInstant(input.endsAt) < berlinLocalToInstant(input.startsAt)) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "eventEditor.validation.endBeforeStart" });
  }
}

export const eventInput = z.object(eventFields).superRefine(checkEvent);
export type EventInput = z.output<typeof eventInput>;

/** The edit form also carries the version it was loaded at (optimistic locking). */
export const eventUpdateInput = z.object({ ...eventFields, version: version() }).superRefine(checkEvent);
export type EventUpdateInput = z.output<typeof eventUpdateInput>;

/** Field names in form order, for labels, conflict tables and the audit snapshot. */
export const EVENT_FIELDS = Object.keys(eventFields) as (keyof EventInput)[];
