import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { ContentType } from "@/lib/auth/permissions";
import { advisorEditorFilters } from "@/lib/advisor/editor-filters";
import { findAdvisorBulkTargets, findAdvisorsForEditor } from "@/lib/advisor/editor-queries";
import { transitionAdvisor, verifyAdvisor } from "@/lib/advisor/service";
import { eventEditorFilters } from "@/lib/event/editor-filters";
import { findEventBulkTargets, findEventsForEditor } from "@/lib/event/editor-queries";
import { transitionEvent, verifyEvent } from "@/lib/event/service";
import type { RawSearchParams } from "@/lib/listing/params";
import { programmeEditorFilters } from "@/lib/programme/editor-filters";
import { findProgrammeBulkTargets, findProgrammesForEditor } from "@/lib/programme/editor-queries";
import { transitionProgramme, verifyProgramme } from "@/lib/programme/service";
import { providerEditorFilters } from "@/lib/provider/editor-filters";
import { findProviderBulkTargets, findProvidersForEditor } from "@/lib/provider/editor-queries";
import { transitionProvider, verifyProvider } from "@/lib/provider/service";
import { initiativeEditorFilters } from "@/lib/initiative/editor-filters";
import { findInitiativeBulkTargets, findInitiativesForEditor } from "@/lib/initiative/editor-queries";
import { transitionInitiative, verifyInitiative } from "@/lib/initiative/service";
import { newsEditorFilters } from "@/lib/news/editor-filters";
import { findNewsBulkTargets, findNewsForEditor } from "@/lib/news/editor-queries";
import { transitionNews, verifyNews } from "@/lib/news/service";
import type { BulkAction, BulkTarget } from "./bulk-request";

// The one place where bulk actions meet the content types: each type's single-entry services as
// the editor's buttons call them (permission, lock, transaction with audit row and search sync,
// cache invalidation after commit) and its editor list query. ./bulk-service.ts only loops.

export type BulkAdapter = {
  /** One entry, exactly as its own workflow button would do it; `version` is the lock it started from. */
  apply(actor: Actor, id: string, action: BulkAction, version?: number): Promise<unknown>;
  /** The filtered list of the editor page (all pages, at most `take` rows) and its full count. */
  list(actor: Actor, raw: RawSearchParams, take: number): Promise<{ targets: BulkTarget[]; total: number }>;
  /** The named entries that exist; missing ids are simply absent. */
  find(actor: Actor, ids: readonly string[]): Promise<BulkTarget[]>;
};

const named = <Row extends { id: string; status: BulkTarget["status"] }>(label: (row: Row) => string) => (row: Row): BulkTarget => ({
  id: row.id,
  label: label(row),
  status: row.status,
});

export const BULK_ADAPTERS: Record<ContentType, BulkAdapter> = {
  programme: {
    apply: (actor, id, action, version) => (action === "verify" ? verifyProgramme(actor, id) : transitionProgramme(actor, id, action, version)),
    list: async (actor, raw, take) => {
      const { items, total } = await findProgrammesForEditor(actor, programmeEditorFilters.parse(raw), { take });
      return { targets: items.map(named((row) => row.title)), total };
    },
    find: findProgrammeBulkTargets,
  },
  advisor: {
    apply: (actor, id, action, version) => (action === "verify" ? verifyAdvisor(actor, id) : transitionAdvisor(actor, id, action, version)),
    list: async (actor, raw, take) => {
      const { items, total } = await findAdvisorsForEditor(actor, advisorEditorFilters.parse(raw), { take });
      return { targets: items.map(named((row) => row.name)), total };
    },
    find: findAdvisorBulkTargets,
  },
  provider: {
    apply: (actor, id, action, version) => (action === "verify" ? verifyProvider(actor, id) : transitionProvider(actor, id, action, version)),
    list: async (actor, raw, take) => {
      const { items, total } = await findProvidersForEditor(actor, providerEditorFilters.parse(raw), { take });
      return { targets: items.map(named((row) => row.name)), total };
    },
    find: findProviderBulkTargets,
  },
  event: {
    apply: (actor, id, action, version) => (action === "verify" ? verifyEvent(actor, id) : transitionEvent(actor, id, action, version)),
    list: async (actor, raw, take) => {
      const { items, total } = await findEventsForEditor(actor, eventEditorFilters.parse(raw), { take });
      return { targets: items.map(named((row) => row.title)), total };
    },
    find: findEventBulkTargets,
  },
  initiative: {
    apply: (actor, id, action, version) => (action === "verify" ? verifyInitiative(actor, id) : transitionInitiative(actor, id, action, version)),
    list: async (actor, raw, take) => {
      const { items, total } = await findInitiativesForEditor(actor, initiativeEditorFilters.parse(raw), { take });
      return { targets: items.map(named((row) => row.title)), total };
    },
    find: findInitiativeBulkTargets,
  },
  news: {
    apply: (actor, id, action, version) => (action === "verify" ? verifyNews(actor, id) : transitionNews(actor, id, action, version)),
    list: async (actor, raw, take) => {
      const { items, total } = await findNewsForEditor(actor, newsEditorFilters.parse(raw), { take });
      return { targets: items.map(named((row) => row.title)), total };
    },
    find: findNewsBulkTargets,
  },
};
