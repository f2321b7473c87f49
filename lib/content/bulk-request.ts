import { z } from "zod";
import { can, type ContentType, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/form-state";
import type { PublicationStatus } from "@/lib/db/enums";
import type { RawSearchParams } from "@/lib/listing/params";

// What the bulk form of an editor list posts, parsed (issue 13, item 3). Pure: the page offers the
// actions with allowedBulkActions(), the service (./bulk-service.ts) runs them entry by entry.

/** The steps a list can apply to many entries at once; "verify" is "Als geprüft bestätigen". */
export const BULK_ACTIONS = ["submit", "publish", "archive", "verify"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * At most this many entries per request: each is its own transaction with search sync, so a
 * larger run would hold one request for minutes. A longer list is narrowed with its filters.
 */
export const BULK_LIMIT = 200;

export const bulkPermission = (type: ContentType, action: BulkAction): Permission => `${type}.${action}` as Permission;

/** The bulk actions this actor may start on this type, in the order the form offers them. */
export const allowedBulkActions = (actor: Pick<Actor, "role"> | null, type: ContentType): BulkAction[] =>
  BULK_ACTIONS.filter((action) => can(actor, bulkPermission(type, action)));

/** A checkbox's value: the entry's id and the version the list showed ("<id>:<version>"). */
export const entryValue = (id: string, version: number) => `${id}:${version}`;

const ENTRY = /^([A-Za-z0-9_-]{1,64}):([1-9][0-9]{0,9})$/;
const toList = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]);

const entryRef = z
  .string()
  .regex(ENTRY, "validation.invalidOption")
  .transform((value) => {
    const [, id, version] = ENTRY.exec(value)!;
    return { id: id!, version: Number(version) };
  });

export const bulkRequestSchema = z
  .object({
    bulkAction: z.enum(BULK_ACTIONS, { error: "editorBulk.errors.chooseAction" }),
    /** "selected": the checked rows; "all": every entry of the filtered list, re-read on the server */
    scope: z.enum(["selected", "all"], { error: "validation.invalidOption" }),
    entries: z.preprocess(toList, z.array(entryRef).max(BULK_LIMIT, "editorBulk.errors.tooManySelected")),
    /** the list's filters as a query string (scope "all") */
    filters: z.string().max(2000, "validation.tooLong").default(""),
  })
  .refine((request) => request.scope === "all" || request.entries.length > 0, { message: "editorBulk.errors.noneSelected" });

export type BulkRequest = z.output<typeof bulkRequestSchema>;

/** The list's query string back into search params (repeated keys as arrays), as a page gets them. */
export function filtersOf(query: string): RawSearchParams {
  const params = new URLSearchParams(query);
  const raw: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  return raw;
}

/** One entry a bulk run works on, as read before the run (the status names a refusal). */
export type BulkTarget = { id: string; label: string; status: PublicationStatus };

export type BulkRefusalReason = "conflict" | "notAllowed" | "forbidden" | "notFound" | "invalid" | "incomplete" | "lookalikes" | "failed";

/** Why one entry was refused; publishing names what is missing or which entries look alike. */
export type BulkRefusal = {
  id: string;
  label: string | null;
  status: PublicationStatus | null;
  reason: BulkRefusalReason;
  /** "incomplete": the fields that are missing (field names; the summary shows their labels) */
  fields?: string[];
  /** "lookalikes": the entries it may duplicate; the editor publishes it on its own page after a look */
  lookalikes?: { id: string; title: string }[];
};

/** What a bulk run did, per entry, for the summary above the list. */
export type BulkSummary = {
  type: ContentType;
  action: BulkAction;
  done: { id: string; label: string }[];
  /** `label` and `status` are null for an id that names no entry */
  refused: BulkRefusal[];
};

/** The bulk form's state: a form error (nothing ran) or the summary of a run. */
export type BulkFormState = FormState | { status: "done"; summary: BulkSummary };
