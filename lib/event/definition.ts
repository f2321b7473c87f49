import "server-only";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import type { ContentDefinition } from "@/lib/content/types";
import { facetIdsOf } from "@/lib/facets/registry";
import { EVENT_COLUMNS } from "@/lib/import/entities/event-columns";
import type { EventDetailDTO } from "./dto";
import { loadEventState } from "./editor-state";
import { EVENT_FIELD_LABELS } from "./field-labels";
import * as listing from "./listing";
import { eventPublishIssues } from "./publish-check";
import { toEventDetailDTO } from "./queries";
import { EVENT_FIELDS, eventInput, type EventInput } from "./schema";

// Veranstaltungen in the content core (lib/content/types.ts). No other type's page shows events,
// so there are no linked documents or tags.
export const eventDefinition: ContentDefinition<EventInput, EventDetailDTO> = {
  type: "event",
  auditEntityType: "event",
  searchDocumentType: "event",
  schema: eventInput,
  fields: EVENT_FIELDS,
  fieldLabels: EVENT_FIELD_LABELS,
  publishCheck: async (tx, id) => {
    const state = await loadEventState(tx, id);
    return state ? eventPublishIssues(state) : [];
  },
  lookalikes: { table: "Event", title: "title", url: "registrationUrl" },
  toPublicDTO: toEventDetailDTO,
  tags: CONTENT_TAGS.event,
  importColumns: EVENT_COLUMNS,
  facets: facetIdsOf("event"),
  listing,
};
