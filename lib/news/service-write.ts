import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { conflictError } from "@/lib/content/conflict";
import { chooseSlug } from "@/lib/content/slug";
import { assertVersion, NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import type { WriteResult } from "@/lib/content/write-result";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { pickTranslations } from "@/lib/content/translations";
import { translationData } from "@/lib/content/translation-data";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";
import { syncDocuments } from "@/lib/search/sync";
import { loadNewsState, newsFields, resolveNewsLinks } from "./editor-state";
import { newsTags } from "./editor-tags";
import { NEWS_TRANSLATED, type NewsInput, type NewsUpdateInput } from "./schema";

// The body and its translations are rich text: sanitized here on every save, whoever sends it (docs/architecture.md).
function clean<T extends NewsInput>(input: T): T {
  const body = sanitizeRichText(input.body);
  // Markup alone (e.g. only a <script>) leaves nothing to show: the field is then still empty.
  if (body.replace(/<[^>]*>/g, "").trim() === "") {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: { body: ["validation.required"] } });
  }
  return { ...input, body, ...translationData(input, ["title", "summary"], "body") };
}

const scalars = (input: NewsInput) => ({
  title: input.title,
  kind: input.kind,
  summary: input.summary,
  body: input.body,
  ...pickTranslations(input, NEWS_TRANSLATED),
  newsDate: input.newsDate ? new Date(`${input.newsDate}T00:00:00Z`) : null,
  roadmapPhase: input.roadmapPhase,
});

const slugTaken = (tx: Tx) => async (slug: string) => (await tx.newsItem.count({ where: { slug } })) > 0;

/** Creates a draft inside the caller's transaction; not verified until someone confirms it. */
export async function createNewsTx(tx: Tx, actor: Actor, raw: NewsInput): Promise<WriteResult> {
  assertCan(actor, "news.create");
  const input = clean(raw);
  const links = await resolveNewsLinks(tx, input);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.title });
  const row = await tx.newsItem.create({
    data: {
      ...scalars(input),
      slug,
      topics: { connect: links.topics },
      programmes: { connect: links.programmes },
      initiatives: { connect: links.initiatives },
      events: { connect: links.events },
    },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actor,
    action: "news.created",
    entityType: "news",
    entityId: row.id,
    before: null,
    after: { ...newsFields({ ...input, slug }), status: "DRAFT" },
  });
  await syncDocuments(tx, "news", [row.id]);
  return { id: row.id, slug, version: row.version, tags: newsTags([slug]) };
}

/** Saves the form over the version it was loaded at; a newer saved version is a CONFLICT. */
export async function updateNewsTx(tx: Tx, actor: Actor, id: string, raw: NewsUpdateInput): Promise<WriteResult> {
  assertCan(actor, "news.update");
  const input = clean(raw);
  const current = await loadNewsState(tx, id);
  if (!current) throw new AppError("NOT_FOUND", `news ${id}`);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.title, current: current.slug });
  const mine = newsFields({ ...input, slug });
  const theirs = newsFields(current);
  assertVersion(current.version, input.version, () => conflictError(mine, theirs, current.version));
  const links = await resolveNewsLinks(tx, input);

  await writeAtVersion(
    () => tx.newsItem.updateMany({ where: { id, version: input.version }, data: { ...scalars(input), slug, version: NEXT_VERSION } }),
    async () => {
      const now = await loadNewsState(tx, id);
      return now ? conflictError(mine, newsFields(now), now.version) : new AppError("NOT_FOUND", `news ${id}`);
    },
  );
  // Links cannot go through updateMany; the version check above already holds the row.
  await tx.newsItem.update({
    where: { id },
    data: { topics: { set: links.topics }, programmes: { set: links.programmes }, initiatives: { set: links.initiatives }, events: { set: links.events } },
  });
  await recordAudit(tx, { actor, action: "news.updated", entityType: "news", entityId: id, before: theirs, after: mine });
  await syncDocuments(tx, "news", [id]);
  return { id, slug, version: current.version + 1, tags: newsTags([current.slug, slug]) };
}

export async function createNews(actor: Actor, input: NewsInput): Promise<WriteResult> {
  assertCan(actor, "news.create");
  return invalidateAfterCommit(await db.$transaction((tx) => createNewsTx(tx, actor, input), { timeout: 30_000 }));
}

export async function updateNews(actor: Actor, id: string, input: NewsUpdateInput): Promise<WriteResult> {
  assertCan(actor, "news.update");
  return invalidateAfterCommit(await db.$transaction((tx) => updateNewsTx(tx, actor, id, input), { timeout: 30_000 }));
}
