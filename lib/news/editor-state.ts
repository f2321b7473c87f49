import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { WorkflowState } from "@/lib/publication";
import { NEWS_FIELDS, type NewsInput } from "./schema";
import { translationSelect } from "@/lib/content/translations";

// The news item as the editor sees it: its form fields with links named by slug. The same shape
// serves the form's saved values, the audit before/after and the conflict comparison.
const NEWS_EDITOR_SELECT = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  summary: true,
  body: true,
  ...translationSelect(["title", "summary", "body"]),
  newsDate: true,
  roadmapPhase: true,
  status: true,
  version: true,
  publishedAt: true,
  lastVerifiedAt: true,
  updatedAt: true,
  topics: { select: { slug: true }, orderBy: { slug: "asc" } },
  programmes: { select: { slug: true }, orderBy: { slug: "asc" } },
  initiatives: { select: { slug: true }, orderBy: { slug: "asc" } },
  events: { select: { slug: true }, orderBy: { slug: "asc" } },
} satisfies Prisma.NewsItemSelect;

export type NewsState = NewsInput & WorkflowState;

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

export async function loadNewsStates(tx: Tx, where: Prisma.NewsItemWhereInput): Promise<NewsState[]> {
  const rows = await tx.newsItem.findMany({ where, select: NEWS_EDITOR_SELECT });
  return rows.map(({ topics, programmes, initiatives, events, newsDate, ...rest }) => ({
    ...rest,
    newsDate: optionalDateColumnDay(newsDate),
    topics: slugs(topics),
    programmes: slugs(programmes),
    initiatives: slugs(initiatives),
    events: slugs(events),
  }));
}

export async function loadNewsState(tx: Tx, id: string): Promise<NewsState | null> {
  const [state] = await loadNewsStates(tx, { id });
  return state ?? null;
}

/** The form fields only (what audit rows and conflict tables compare); link lists sorted. */
export function newsFields(value: NewsInput & { slug: string | null }): Record<string, unknown> {
  return Object.fromEntries(
    NEWS_FIELDS.map((field) => {
      const v = value[field];
      return [field, Array.isArray(v) ? [...(v as string[])].sort() : v];
    }),
  );
}

/** Links by slug → row ids; unknown slugs become messages next to their fields. */
export async function resolveNewsLinks(tx: Tx, input: Pick<NewsInput, "topics" | "programmes" | "initiatives" | "events">) {
  // One after another: a transaction has one connection.
  const topics = await tx.topic.findMany({ where: { slug: { in: input.topics } }, select: { id: true, slug: true } });
  const programmes = await tx.programme.findMany({ where: { slug: { in: input.programmes } }, select: { id: true, slug: true } });
  const initiatives = await tx.initiative.findMany({ where: { slug: { in: input.initiatives } }, select: { id: true, slug: true } });
  const events = await tx.event.findMany({ where: { slug: { in: input.events } }, select: { id: true, slug: true } });
  const fieldErrors: FieldErrors = {};
  const missing = (wanted: string[], found: { slug: string }[]) => wanted.some((slug) => !found.some((row) => row.slug === slug));
  if (missing(input.topics, topics)) fieldErrors.topics = ["validation.invalidOption"];
  if (missing(input.programmes, programmes)) fieldErrors.programmes = ["validation.invalidOption"];
  if (missing(input.initiatives, initiatives)) fieldErrors.initiatives = ["validation.invalidOption"];
  if (missing(input.events, events)) fieldErrors.events = ["validation.invalidOption"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "errors.invalid", { fieldErrors });
  const ids = (rows: { id: string }[]) => rows.map((r) => ({ id: r.id }));
  return { topics: ids(topics), programmes: ids(programmes), initiatives: ids(initiatives), events: ids(events) };
}
