import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import { listInReview, listRecentChanges, listStaleEntries, listUpcomingDeadlines } from "@/lib/freshness/queries";
import { DEADLINE_TODAY_SLUG, DEADLINE_YESTERDAY_SLUG } from "@/prisma/seed/data/programmes";
import { ARCHIVED_PROGRAMME_SLUG, IN_REVIEW_PROGRAMME_SLUG } from "@/prisma/seed/data/programmes/unpublished";
import { DRAFT_ADVISOR_SLUG } from "@/prisma/seed/data/advisors";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, EMAILS, loadActors } from "./actors";

// Fixtures are seeded rows with shifted dates (restored afterwards); assertions look for these
// rows only, never at totals, which other test files may change.
const now = new Date();
const today = berlinDay(now);
const noonOf = (day: string) => new Date(startOfBerlinDay(day).getTime() + 12 * 3_600_000);
const dateColumn = (day: string) => new Date(`${day}T00:00:00.000Z`);
const ALL = 10_000;

type Saved = { id: string; lastVerifiedAt: Date | null; deadline?: Date | null };
const saved: { programmes: Saved[]; advisors: Saved[]; providers: Saved[] } = { programmes: [], advisors: [], providers: [] };
let ids: { p30: string; p31: string; archived: string; advisor91: string; provider90: string; draftProgramme: string };

let reader: Actor;
beforeAll(async () => {
  reader = await actorFor(EMAILS.editor);
  const rolling = await db.programme.findMany({ where: { status: "PUBLISHED", deadline: null }, orderBy: { slug: "asc" }, take: 2, select: { id: true, lastVerifiedAt: true, deadline: true } });
  const archived = await db.programme.findUniqueOrThrow({ where: { slug: ARCHIVED_PROGRAMME_SLUG }, select: { id: true, lastVerifiedAt: true, deadline: true } });
  const draft = await db.programme.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true, lastVerifiedAt: true, deadline: true } });
  const advisor = await db.advisor.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { id: true, lastVerifiedAt: true } });
  const provider = await db.provider.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { id: true, lastVerifiedAt: true } });
  saved.programmes.push(...rolling, archived, draft);
  saved.advisors.push(advisor);
  saved.providers.push(provider);
  ids = { p30: rolling[0]!.id, p31: rolling[1]!.id, archived: archived.id, advisor91: advisor.id, provider90: provider.id, draftProgramme: draft.id };

  await db.programme.update({ where: { id: ids.p30 }, data: { deadline: dateColumn(addDays(today, 30)) } });
  await db.programme.update({ where: { id: ids.p31 }, data: { deadline: dateColumn(addDays(today, 31)) } });
  await db.programme.update({ where: { id: ids.archived }, data: { deadline: dateColumn(addDays(today, 5)) } });
  await db.programme.update({ where: { id: ids.draftProgramme }, data: { lastVerifiedAt: noonOf(addDays(today, -400)) } });
  await db.advisor.update({ where: { id: ids.advisor91 }, data: { lastVerifiedAt: noonOf(addDays(today, -91)) } });
  await db.provider.update({ where: { id: ids.provider90 }, data: { lastVerifiedAt: noonOf(addDays(today, -90)) } });
});

afterAll(async () => {
  for (const row of saved.programmes) await db.programme.update({ where: { id: row.id }, data: { lastVerifiedAt: row.lastVerifiedAt, deadline: row.deadline } });
  for (const row of saved.advisors) await db.advisor.update({ where: { id: row.id }, data: { lastVerifiedAt: row.lastVerifiedAt } });
  for (const row of saved.providers) await db.provider.update({ where: { id: row.id }, data: { lastVerifiedAt: row.lastVerifiedAt } });
});

describe("freshness queries", () => {
  it("lists published entries verified more than 90 Berlin days ago, oldest first", async () => {
    const stale = await listStaleEntries(reader, now, ALL);
    const advisor = stale.items.find((item) => item.id === ids.advisor91);
    expect(advisor).toMatchObject({ type: "advisor", daysSinceVerified: 91, editHref: `/redaktion/berater/${ids.advisor91}` });
    expect(stale.items.some((item) => item.id === ids.provider90)).toBe(false);
    expect(stale.items.some((item) => item.id === ids.draftProgramme)).toBe(false);
    expect(stale.items.every((item) => item.daysSinceVerified === null || item.daysSinceVerified > 90)).toBe(true);
    const days = stale.items.map((item) => item.daysSinceVerified);
    expect(days).toEqual([...days].sort((a, b) => (b ?? Infinity) - (a ?? Infinity)));
    expect(stale.total).toBe(stale.items.length);
    const limited = await listStaleEntries(reader, now, 2);
    expect(limited.items).toHaveLength(2);
    expect(limited.total).toBe(stale.total);
  });

  it("lists programmes whose deadline is today through today + 30 days, with days left", async () => {
    const { items } = await listUpcomingDeadlines(reader, now, ALL);
    const byId = new Map(items.map((item) => [item.id, item]));
    const todayRow = await db.programme.findUniqueOrThrow({ where: { slug: DEADLINE_TODAY_SLUG } });
    const yesterdayRow = await db.programme.findUniqueOrThrow({ where: { slug: DEADLINE_YESTERDAY_SLUG } });
    expect(byId.get(todayRow.id)).toMatchObject({ deadline: today, daysLeft: 0 });
    expect(byId.get(ids.p30)).toMatchObject({ deadline: addDays(today, 30), daysLeft: 30, editHref: `/redaktion/foerderprogramme/${ids.p30}` });
    expect(byId.has(ids.p31)).toBe(false);
    expect(byId.has(yesterdayRow.id)).toBe(false);
    expect(byId.has(ids.archived)).toBe(false);
    // None of them is closed by the portal's own status rule.
    for (const item of items) expect(deriveProgrammeStatus({ applicationStart: null, deadline: item.deadline }, now)).not.toBe("closed");
    expect(items.map((i) => i.deadline)).toEqual(items.map((i) => i.deadline).sort());
  });

  it("lists entries in review across types", async () => {
    const { items } = await listInReview(reader, ALL);
    const inReview = await db.programme.findUniqueOrThrow({ where: { slug: IN_REVIEW_PROGRAMME_SLUG } });
    const draft = await db.advisor.findUniqueOrThrow({ where: { slug: DRAFT_ADVISOR_SLUG } });
    expect(items.find((item) => item.id === inReview.id)).toMatchObject({ type: "programme", title: inReview.title });
    expect(items.some((item) => item.id === draft.id)).toBe(false);
  });

  it("lists recent content changes with who, what and a link, ignoring other entity types", async () => {
    const { editor } = await loadActors();
    const programme = await db.programme.findUniqueOrThrow({ where: { slug: DEADLINE_TODAY_SLUG } });
    await db.$transaction(async (tx) => {
      await recordAudit(tx, { actor: editor, action: "programme.updated", entityType: "programme", entityId: programme.id, before: { title: "Alt" }, after: { title: programme.title } });
    });
    await db.$transaction(async (tx) => {
      await recordAudit(tx, { actor: editor, action: "organisation.updated", entityType: "organisation", entityId: "irrelevant", before: { name: "a" }, after: { name: "b" } });
    });
    const [latest] = await listRecentChanges(reader, 5);
    expect(latest).toMatchObject({
      action: "programme.updated", entityId: programme.id, title: programme.title, actorName: editor.name,
      editHref: `/redaktion/foerderprogramme/${programme.id}`, fields: ["title"],
    });
  });
});
