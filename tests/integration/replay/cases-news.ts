import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { newsFormValues } from "@/lib/news/editor-form-values";
import { loadNewsState } from "@/lib/news/editor-state";
import { newsInput } from "@/lib/news/schema";
import { createNews } from "@/lib/news/service";
import * as newsActions from "@/app/[locale]/(workspace)/redaktion/aktuelles/actions";
import * as newsBulk from "@/app/[locale]/(workspace)/redaktion/aktuelles/bulk-actions";
import { initial, type CaseTable } from "./case";
import { formDataOf } from "./harness";
import { uniqueWord } from "./fixtures";

// Aktuelles: every editor action and the bulk form on a fresh news item of its own.
const N = "app/[locale]/(workspace)/redaktion/aktuelles/actions.ts";
const B = "app/[locale]/(workspace)/redaktion/aktuelles/bulk-actions.ts";

const newsValues = (title: string): Record<string, unknown> => ({
  title,
  kind: "FORTSCHRITT",
  summary: `Stand der Arbeiten: ${title}`,
  body: "<p>Was seit dem letzten Bericht geschehen ist.</p>",
  newsDate: "2026-11-20",
  topics: ["ki-innovation"],
  roadmapPhase: "PILOTIERUNG",
});

const newNews = (admin: Actor) => createNews(admin, newsInput.parse(newsValues(`Replay Meldung ${uniqueWord("m")}`)));

export const newsCases: CaseTable = {
  [`${N}#createNewsAction`]: {
    expect: { kind: "permission", permission: "news.create", changes: ["NewsItem", "AuditLog"] },
    prepare: async () => {
      const form = formDataOf(newsValues(`Replay Neuanlage ${uniqueWord("n")}`));
      return { call: () => newsActions.createNewsAction(initial, form) };
    },
  },
  [`${N}#updateNewsAction`]: {
    expect: { kind: "permission", permission: "news.update", changes: ["NewsItem", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newNews(actors.ADMIN);
      const state = await loadNewsState(db, id);
      const form = formDataOf({ ...newsFormValues(state), summary: "Geändert beim Replay." });
      return { call: () => newsActions.updateNewsAction(id, initial, form), fixtureIds: [id] };
    },
  },
  [`${N}#transitionNewsAction`]: {
    expect: { kind: "permission", permission: "news.submit", changes: ["NewsItem", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id, version } = await newNews(actors.ADMIN);
      const form = formDataOf({ id, version, transition: "submit" });
      return { call: () => newsActions.transitionNewsAction(initial, form), fixtureIds: [id] };
    },
  },
  [`${N}#verifyNewsAction`]: {
    expect: { kind: "permission", permission: "news.verify", changes: ["NewsItem", "AuditLog"] },
    prepare: async ({ actors }) => {
      const { id } = await newNews(actors.ADMIN);
      await db.newsItem.update({ where: { id }, data: { lastVerifiedAt: new Date("2020-01-01") } });
      return { call: () => newsActions.verifyNewsAction(initial, formDataOf({ id })), fixtureIds: [id] };
    },
  },
  [`${B}#bulkNewsAction`]: {
    expect: { kind: "permission", permission: "news.archive", changes: ["NewsItem", "AuditLog"] },
    prepare: async ({ actors }) => {
      const row = await newNews(actors.ADMIN);
      const form = formDataOf({ bulkAction: "archive", scope: "selected", filters: "", entries: [`${row.id}:${row.version}`] });
      return { call: () => newsBulk.bulkNewsAction(initial, form), fixtureIds: [row.id] };
    },
  },
};
