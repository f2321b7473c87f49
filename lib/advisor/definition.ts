import "server-only";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import type { ContentDefinition } from "@/lib/content/types";
import { facetIdsOf } from "@/lib/facets/registry";
import { ADVISOR_COLUMNS } from "@/lib/import/entities/directory-columns";
import type { AdvisorDetailDTO } from "./dto";
import * as listing from "./listing";
import { toAdvisorDetailDTO } from "./queries";
import { ADVISOR_FIELDS, advisorInput, type AdvisorInput } from "./schema";
import { loadAdvisorState } from "./editor-state";
import { ADVISOR_FIELD_LABELS } from "./field-labels";
import { advisorPublishIssues } from "./publish-check";

// Beratungsangebote in the content core (lib/content/types.ts). Programme pages list their
// advisors and carry the "advisors" tag, so no linked tags are needed.
export const advisorDefinition: ContentDefinition<AdvisorInput, AdvisorDetailDTO> = {
  type: "advisor",
  auditEntityType: "advisor",
  searchDocumentType: "advisor",
  schema: advisorInput,
  fields: ADVISOR_FIELDS,
  fieldLabels: ADVISOR_FIELD_LABELS,
  publishCheck: async (tx, id) => {
    const state = await loadAdvisorState(tx, id);
    return state ? advisorPublishIssues(state) : [];
  },
  lookalikes: { table: "Advisor", title: "name", url: null },
  toPublicDTO: toAdvisorDetailDTO,
  tags: CONTENT_TAGS.advisor,
  importColumns: ADVISOR_COLUMNS,
  facets: facetIdsOf("advisor"),
  listing,
  // A programme's search document names its advisors.
  linkedDocuments: async (tx, id) => [
    { type: "programme", ids: (await tx.programme.findMany({ where: { advisors: { some: { id } } }, select: { id: true } })).map((p) => p.id) },
  ],
};
