import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import type { Column } from "./columns";
import type { LookalikeSource } from "./lookalikes";

export type ImportEntityType = "programme" | "advisor" | "provider" | "event";

/** The German URL segment of each type (import templates, export, CLI --typ). */
export const TYPE_SEGMENTS = { foerderprogramme: "programme", berater: "advisor", dienstleister: "provider", veranstaltungen: "event" } as const satisfies Record<
  string,
  ImportEntityType
>;
export type TypeSegment = keyof typeof TYPE_SEGMENTS;
export const segmentOf = (type: ImportEntityType) =>
  (Object.keys(TYPE_SEGMENTS) as TypeSegment[]).find((segment) => TYPE_SEGMENTS[segment] === type)!;
export const typeOfSegment = (segment: string): ImportEntityType | undefined =>
  Object.hasOwn(TYPE_SEGMENTS, segment) ? TYPE_SEGMENTS[segment as TypeSegment] : undefined;

/**
 * An entry as the files show it: keyed by column key, enums and references as slugs, dates as
 * YYYY-MM-DD, lists as arrays (structured columns: arrays of objects). Export writes it; import reads it back (and fills columns a file
 * leaves out of an update from it).
 */
export type EntryRecord = Record<string, string | string[] | Record<string, unknown>[]>;

export type ExistingEntry = { id: string; version: number; slug: string; status: string; record: EntryRecord };

export type Written = { id: string; slug: string; tags: string[] };

/** What lib/import needs from a domain: its columns, its schema and its transactional writes. */
export type EntityImporter<Input = unknown> = {
  type: ImportEntityType;
  columns: readonly Column[];
  schema: z.ZodType<Input>;
  /** the column key of the entry's title or name (the dry run's plan, the job page's links) */
  titleKey: string;
  /** where new rows are compared with existing entries (similar title, same web address) */
  lookalikes: LookalikeSource;
  loadExisting(client: Db | Tx, slugs: readonly string[]): Promise<Map<string, ExistingEntry>>;
  /** the domain's *Tx write; `tags` are the cache tags to expire after the commit */
  create(tx: Tx, actor: Actor, input: Input): Promise<Written>;
  /** with the version seen in the dry run: an entry edited since then is a CONFLICT */
  update(tx: Tx, actor: Actor, existing: { id: string; version: number }, input: Input): Promise<Written>;
  /**
   * Sets "zuletzt mit der Quelle abgeglichen" to the day the file says, or to null (never) for a
   * new entry whose file does not say: only a check someone made may be shown as one.
   */
  setVerified(tx: Tx, actor: Actor, id: string, verifiedAt: Date | null): Promise<void>;
  /** the editor list's filters from URL parameters, and the matching entries in batches, for export (reads as `actor`) */
  exportBatches(actor: Actor, params: URLSearchParams, batchSize: number): AsyncIterable<EntryRecord[]>;
};
