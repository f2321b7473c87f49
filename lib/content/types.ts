import type { z } from "zod";
import type { AuditEntityType } from "@/lib/audit/events";
import type { FacetId } from "@/lib/facets/registry";
import type { ContentType } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import type { Column } from "@/lib/import/columns";
import type { LookalikeSource } from "@/lib/import/lookalikes";
import type { SearchDocType } from "@/lib/search/types";
import type { ContentTags } from "./cache-tags";
import type { PublishIssue } from "./publish-check";

/** Entries of other types whose search documents show this entry (a programme lists its advisors). */
export type LinkedDocuments = { type: SearchDocType; ids: string[] }[];

/**
 * What plugs a content type into the content core (lib/content): one module per type,
 * lib/<type>/definition.ts. The core's workflow, locking, audit, search sync and cache invalidation
 * read it instead of keeping a copy per type. Everything here references the type's own modules
 * (schema, DTO mapper, import columns, list page); the definition adds no logic of its own.
 */
export interface ContentDefinition<Input = unknown, PublicDTO = unknown> {
  /** The type's name: permission prefix ("programme.publish"), audit entity type, document type. */
  readonly type: ContentType;
  readonly auditEntityType: AuditEntityType & ContentType;
  readonly searchDocumentType: SearchDocType;
  /** Form and import input (lib/<type>/schema.ts) and the editable fields, in form order. */
  readonly schema: z.ZodType<Input, unknown>;
  readonly fields: readonly string[];
  /**
   * Field name → message key of its German label (lib/<type>/field-labels.ts): the one table forms,
   * history, change log, reviews and bulk summaries name fields by. Covers every field and the
   * workflow columns an audit row can hold.
   */
  readonly fieldLabels: Readonly<Record<string, string>>;
  /** What the stored entry lacks for going live (empty: complete); asked on every publish. */
  readonly publishCheck: (tx: Tx, id: string) => Promise<PublishIssue[]>;
  /** Where look-alikes (similar title, same web address) are searched before going live. */
  readonly lookalikes: LookalikeSource;
  /** The public detail DTO mapper (lib/<type>/queries.ts), also used by the preview. */
  readonly toPublicDTO: (row: never) => PublicDTO;
  /** Cache tags of the type's public pages (lib/content/cache-tags.ts). */
  readonly tags: ContentTags;
  /** The import/export file columns (lib/import/entities). */
  readonly importColumns: readonly Column[];
  /** The type's facets in the one facet registry (lib/facets/registry.ts). */
  readonly facets: readonly FacetId[];
  /** The public list page's parameters and sorts (lib/<type>/listing.ts). */
  readonly listing: Readonly<Record<string, unknown>>;
  /** Entries whose search documents show this one; re-synced when its status changes. */
  readonly linkedDocuments?: (tx: Tx, id: string) => Promise<LinkedDocuments>;
  /** Cache tags of other types' pages that show this entry (beyond what their own tags cover). */
  readonly linkedTags?: (tx: Tx, id: string) => Promise<string[]>;
}
