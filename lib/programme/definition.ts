import "server-only";
import { CONTENT_TAGS, entryTags } from "@/lib/content/cache-tags";
import type { ContentDefinition } from "@/lib/content/types";
import { facetIdsOf } from "@/lib/facets/registry";
import type { Tx } from "@/lib/db/client";
import { PROGRAMME_COLUMNS } from "@/lib/import/entities/programme-columns";
import type { ProgrammeDetailDTO } from "./dto";
import * as listing from "./listing";
import { predecessorSlugs } from "./editor-tags";
import { findEditorRow } from "./editor-state";
import { PROGRAMME_FIELD_LABELS } from "./field-labels";
import { programmePublishIssues } from "./publish-check";
import { toProgrammeDetailDTO } from "./queries";
import { PROGRAMME_FIELDS, programmeSchema, type ProgrammeInput } from "./schema";

// Förderprogramme in the content core (lib/content/types.ts).
const linkedAdvisors = (tx: Tx, id: string) => tx.advisor.findMany({ where: { programmes: { some: { id } } }, select: { id: true, slug: true } });

export const programmeDefinition: ContentDefinition<ProgrammeInput, ProgrammeDetailDTO> = {
  type: "programme",
  auditEntityType: "programme",
  searchDocumentType: "programme",
  schema: programmeSchema,
  fields: PROGRAMME_FIELDS,
  fieldLabels: PROGRAMME_FIELD_LABELS,
  publishCheck: async (tx, id) => {
    const row = await findEditorRow(tx, id);
    return row ? programmePublishIssues(row) : [];
  },
  lookalikes: { table: "Programme", title: "title", url: "sourceUrl" },
  toPublicDTO: toProgrammeDetailDTO,
  tags: CONTENT_TAGS.programme,
  importColumns: PROGRAMME_COLUMNS,
  facets: facetIdsOf("programme"),
  listing,
  // An advisor's search document and page list its programmes.
  linkedDocuments: async (tx, id) => [{ type: "advisor", ids: (await linkedAdvisors(tx, id)).map((a) => a.id) }],
  // A status change also reaches the pages that link it as successor (lib/programme/editor-tags.ts).
  linkedTags: async (tx, id) => {
    const slugs = (await linkedAdvisors(tx, id)).map((a) => a.slug);
    const predecessors = await predecessorSlugs(tx, id);
    return [...(slugs.length ? entryTags(CONTENT_TAGS.advisor, slugs) : []), ...predecessors.map((slug) => CONTENT_TAGS.programme.one(slug))];
  },
};
