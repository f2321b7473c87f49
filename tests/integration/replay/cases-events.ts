import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { eventFormValues } from "@/lib/event/editor-form-values";
import { loadEventState } from "@/lib/event/editor-state";
import { eventInput } from "@/lib/event/schema";
import { createEvent } from "@/lib/event/service";
import * as eventActions from "@/app/[locale]/(workspace)/redaktion/veranstaltungen/actions";
import * as eventBulk from "@/app/[locale]/(workspace)/redaktion/veranstaltungen/bulk-actions";
import { initial, type CaseTable } from "./case";
import { formDataOf } from "./harness";
import { uniqueWord } from "./fixtures";

// Veranstaltungen: every editor action and the bulk form on a fresh event of its own.
const E = "app/[locale]/(workspace)/redaktion/veranstaltungen/actions.ts";
const B = "app/[locale]/(workspace)/redaktion/veranstaltungen/bulk-actions.ts";

const eventValues = (title: string): Record<string, unknown> => ({
  title,
  summary: `Informationsabend: ${title}`,
  description: "Programm des Abends.",
  organiser: "ihk-trier",
  format: "VOR_ORT",
  venueName: "IHK Trier, Saal 1",
  town: "Trier",
  startsAt: "2030-05-06T18:00",
  endsAt: "2030-05-06T20:00",
  costs: "kostenfrei",
  topics: ["ki-innovation"],
  regions: ["stadt-trier"],
});

const newEvent = (admin: Actor) => createEvent(admin, eventInput.parse(eventValues(`Replay Veranstaltung ${uniqueWord("v")}`)));

export const eventCases: CaseTable = {
  [`${E}#createEventAction`]: {
    expect: { kind: "permission", permission: "event.create", changes: ["Event", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf(eventValues(`Replay Neuanlage ${uniqueWord("n")}`));
      return { call: () => eventActions.createEventAction(initial, form) };
    },
  },
  [`${E}#updateEventAction`]: {
    expect: { kind: "permission", permission: "event.update", changes: ["Event", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newEvent(actors.ADMIN);
      const state = await loadEventState(db, id);
      const form = formDataOf({ ...eventFormValues(state), summary: "Geändert beim Replay." });
      return { call: () => eventActions.updateEventAction(id, initial, form), fixtureIds: [id] };
    },
  },
  [`${E}#transitionEventAction`]: {
    expect: { kind: "permission", permission: "event.submit", changes: ["Event", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id, version } = await newEvent(actors.ADMIN);
      const form = formDataOf({ id, version, transition: "submit" });
      return { call: () => eventActions.transitionEventAction(initial, form), fixtureIds: [id] };
    },
  },
  [`${E}#verifyEventAction`]: {
    expect: { kind: "permission", permission: "event.verify", changes: ["Event", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newEvent(actors.ADMIN);
      await db.event.update({ where: { id }, data: { lastVerifiedAt: new Date("2020-01-01") } });
      return { call: () => eventActions.verifyEventAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },
  [`${B}#bulkEventAction`]: {
    expect: { kind: "permission", permission: "event.archive", changes: ["Event", "AuditLog"] },
    prepare: async ({ actors }) => {
      const row = await newEvent(actors.ADMIN);
      const form = formDataOf({ bulkAction: "archive", scope: "selected", filters: "", entries: [`${row.id}:${row.version}`] });
      return { call: () => eventBulk.bulkEventAction(initial, form), fixtureIds: [row.id] };
    },
  },
};
