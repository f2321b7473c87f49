import "server-only";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import type { ContentDefinition } from "@/lib/content/types";
import { facetIdsOf } from "@/lib/facets/registry";
import type { InitiativeDetailDTO } from "./dto";
import * as listing from "./listing";
import { toInitiativeDetailDTO } from "./queries";
import { INITIATIVE_FIELDS, initiativeInput, type InitiativeInput } from "./schema";
import { loadInitiativeState } from "./editor-state";
import { INITIATIVE_FIELD_LABELS } from "./field-labels";
import { initiativePublishIssues } from "./publish-check";

// Initiativen in the content core (lib/content/types.ts). No import file yet (issue 19 asks for
// the editor form only), so no import columns. Programme and advisor pages do not show
// initiatives, so no linked documents or tags.
export const initiativeDefinition: ContentDefinition<InitiativeInput, InitiativeDetailDTO> = {
  type: "initiative",
  auditEntityType: "initiative",
  searchDocumentType: "initiative",
  schema: initiativeInput,
  fields: INITIATIVE_FIELDS,
  fieldLabels: INITIATIVE_FIELD_LABELS,
  publishCheck: async (tx, id) => {
    const state = await loadInitiativeState(tx, id);
    return state ? initiativePublishIssues(state) : [];
  },
  lookalikes: { table: "Initiative", title: "title", url: null },
  toPublicDTO: toInitiativeDetailDTO,
  tags: CONTENT_TAGS.initiative,
  importColumns: [],
  facets: facetIdsOf("initiative"),
  listing,
};
