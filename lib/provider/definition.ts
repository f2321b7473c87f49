import "server-only";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import type { ContentDefinition } from "@/lib/content/types";
import { facetIdsOf } from "@/lib/facets/registry";
import { PROVIDER_COLUMNS } from "@/lib/import/entities/directory-columns";
import type { ProviderDetailDTO } from "./dto";
import * as listing from "./listing";
import { toProviderDetailDTO } from "./queries";
import { PROVIDER_FIELDS, providerInput, type ProviderInput } from "./schema";
import { loadProviderState } from "./editor-state";
import { PROVIDER_FIELD_LABELS } from "./field-labels";
import { providerPublishIssues } from "./publish-check";

// Dienstleister in the content core (lib/content/types.ts): linked to no other content type.
export const providerDefinition: ContentDefinition<ProviderInput, ProviderDetailDTO> = {
  type: "provider",
  auditEntityType: "provider",
  searchDocumentType: "provider",
  schema: providerInput,
  fields: PROVIDER_FIELDS,
  fieldLabels: PROVIDER_FIELD_LABELS,
  publishCheck: async (tx, id) => {
    const state = await loadProviderState(tx, id);
    return state ? providerPublishIssues(state) : [];
  },
  lookalikes: { table: "Provider", title: "name", url: "website" },
  toPublicDTO: toProviderDetailDTO,
  tags: CONTENT_TAGS.provider,
  importColumns: PROVIDER_COLUMNS,
  facets: facetIdsOf("provider"),
  listing,
};
