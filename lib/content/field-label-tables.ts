import type { ContentType } from "@/lib/auth/permissions";
import { ADVISOR_FIELD_LABELS } from "@/lib/advisor/field-labels";
import { EVENT_FIELD_LABELS } from "@/lib/event/field-labels";
import { PROGRAMME_FIELD_LABELS } from "@/lib/programme/field-labels";
import { PROVIDER_FIELD_LABELS } from "@/lib/provider/field-labels";
import { INITIATIVE_FIELD_LABELS } from "@/lib/initiative/field-labels";
import { NEWS_FIELD_LABELS } from "@/lib/news/field-labels";
import { labelTexts, messageAt, type FieldLabelTable } from "./field-labels";

// The label tables by type, without the definitions' database modules, so views that only name
// fields (the change log, the dashboard) need not load them. The definitions point at the same tables.
export const FIELD_LABEL_TABLES: Readonly<Record<ContentType, FieldLabelTable>> = {
  programme: PROGRAMME_FIELD_LABELS,
  advisor: ADVISOR_FIELD_LABELS,
  provider: PROVIDER_FIELD_LABELS,
  event: EVENT_FIELD_LABELS,
  initiative: INITIATIVE_FIELD_LABELS,
  news: NEWS_FIELD_LABELS,
};

/** Labels of entity types without a content definition (organisations, topics, users …). */
const GENERAL_NAMESPACE = "editorOverview.audit.fields";

const isContentType = (value: string): value is ContentType => value in FIELD_LABEL_TABLES;

/**
 * The German label of a field of an audit row's entity type: the type's table first, then the
 * change log's general labels. Null when neither names it (a gap tests/unit/content catches).
 */
export function fieldLabelOf(messages: Record<string, unknown>, entityType: string, field: string): string | null {
  const table = isContentType(entityType) ? FIELD_LABEL_TABLES[entityType] : undefined;
  const key = table?.[field];
  return (key ? messageAt(messages, key) : null) ?? messageAt(messages, `${GENERAL_NAMESPACE}.${field}`);
}

export const contentLabelTexts = (messages: Record<string, unknown>, type: ContentType) => labelTexts(messages, FIELD_LABEL_TABLES[type]);
