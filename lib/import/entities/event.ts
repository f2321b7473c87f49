import "server-only";
import { db } from "@/lib/db/client";
import { eventEditorFilters } from "@/lib/event/editor-filters";
import { findEventsForEditor } from "@/lib/event/editor-queries";
import { loadEventStates, type EventState } from "@/lib/event/editor-state";
import { translationFormValues } from "@/lib/content/translations";
import { EVENT_TRANSLATED, eventInput, type EventInput } from "@/lib/event/schema";
import { createEventTx, updateEventTx } from "@/lib/event/service";
import type { EntityImporter, EntryRecord, ExistingEntry } from "../types";
import { EVENT_COLUMNS } from "./event-columns";
import { enumSlugs, searchParamsObject, statusLabel, verifiedDay } from "./shared";
import { setVerifiedTx } from "./verified";

// Existing events are read in the editor's shape (loadEventStates), times as Berlin wall-clock
// values written "2026-12-15 14:00" (the schema reads that back).
const wallClock = (local: string) => local.replace("T", " ");

function toRecord(row: EventState): EntryRecord {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    ...translationFormValues(row, EVENT_TRANSLATED),
    organiser: row.organiser,
    format: enumSlugs([row.format])[0]!,
    venueName: row.venueName ?? "",
    street: row.street ?? "",
    postalCode: row.postalCode ?? "",
    town: row.town ?? "",
    onlineUrl: row.onlineUrl ?? "",
    startsAt: wallClock(row.startsAt),
    endsAt: wallClock(row.endsAt),
    costs: row.costs ?? "",
    registrationUrl: row.registrationUrl ?? "",
    targetGroups: enumSlugs(row.targetGroups),
    topics: row.topics,
    regions: row.regions,
    verifiedAt: verifiedDay(row.lastVerifiedAt),
    status: statusLabel(row.status),
  };
}

export const eventImporter: EntityImporter<EventInput> = {
  type: "event",
  columns: EVENT_COLUMNS,
  schema: eventInput,
  titleKey: "title",
  lookalikes: { table: "Event", title: "title", url: "registrationUrl" },
  async loadExisting(client, wanted) {
    const rows = wanted.length ? await loadEventStates(client, { slug: { in: [...wanted] } }) : [];
    return new Map<string, ExistingEntry>(rows.map((row) => [row.slug, { id: row.id, version: row.version, slug: row.slug, status: row.status, record: toRecord(row) }]));
  },
  // The *Tx functions check event.create / event.update themselves.
  create: (tx, actor, input) => createEventTx(tx, actor, input),
  update: (tx, actor, existing, input) => updateEventTx(tx, actor, existing.id, { ...input, version: existing.version }),
  setVerified: (tx, actor, id, verifiedAt) => setVerifiedTx(tx, actor, "event", id, verifiedAt),
  async *exportBatches(actor, params, batchSize) {
    const filters = eventEditorFilters.parse(searchParamsObject(params));
    for (let skip = 0; ; skip += batchSize) {
      const { items } = await findEventsForEditor(actor, filters, { skip, take: batchSize });
      const ids = items.map((item) => item.id);
      if (ids.length === 0) return;
      const byId = new Map((await loadEventStates(db, { id: { in: ids } })).map((row) => [row.id, row]));
      yield ids.flatMap((id) => (byId.has(id) ? [toRecord(byId.get(id)!)] : []));
      if (ids.length < batchSize) return;
    }
  },
};
