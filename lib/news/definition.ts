import "server-only";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import type { ContentDefinition } from "@/lib/content/types";
import { facetIdsOf } from "@/lib/facets/registry";
import type { NewsDetailDTO } from "./dto";
import { loadNewsState } from "./editor-state";
import { NEWS_FIELD_LABELS } from "./field-labels";
import * as listing from "./listing";
import { newsPublishIssues } from "./publish-check";
import { toNewsDetailDTO } from "./queries";
import { NEWS_FIELDS, newsInput, type NewsInput } from "./schema";

// Aktuelles in the content core (lib/content/types.ts). News are written in the editor form only
// (no import file, issue 19), so no import columns; the pages of linked entries do not list news,
// so no linked documents or tags.
export const newsDefinition: ContentDefinition<NewsInput, NewsDetailDTO> = {
  type: "news",
  auditEntityType: "news",
  searchDocumentType: "news",
  schema: newsInput,
  fields: NEWS_FIELDS,
  fieldLabels: NEWS_FIELD_LABELS,
  publishCheck: async (tx, id) => {
    const state = await loadNewsState(tx, id);
    return state ? newsPublishIssues(state) : [];
  },
  lookalikes: { table: "NewsItem", title: "title", url: null },
  toPublicDTO: toNewsDetailDTO,
  tags: CONTENT_TAGS.news,
  importColumns: [],
  facets: facetIdsOf("news"),
  listing,
};
