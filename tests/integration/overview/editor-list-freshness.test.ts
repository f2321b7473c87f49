import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAdvisorsForEditor } from "@/lib/advisor/editor-queries";
import { advisorEditorFilters } from "@/lib/advisor/editor-filters";
import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { listStaleEntries, listUpcomingDeadlines } from "@/lib/freshness/queries";
import { programmeEditorFilters } from "@/lib/programme/editor-filters";
import { findProgrammesForEditor } from "@/lib/programme/editor-queries";
import { providerEditorFilters } from "@/lib/provider/editor-filters";
import { findProvidersForEditor } from "@/lib/provider/editor-queries";
import { ARCHIVED_PROGRAMME_SLUG } from "@/prisma/seed/data/programmes/unpublished";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, EMAILS } from "./actors";

// The editor lists' filters against the dashboard's definitions, on seeded rows with shifted dates
// (restored afterwards). Assertions look at these rows only, never at totals.
const ALL = { take: 10_000 };
const today = berlinDay(new Date());
// 23:00 in Berlin: 90 × 24 hours back is late on the 90th day, 90 calendar days back its midnight.
const now = new Date(startOfBerlinDay(today).getTime() + 23 * 3_600_000);
const day90 = startOfBerlinDay(addDays(today, -90));
const VERIFIED = {
  day90Midnight: day90, // exactly 90 days: not overdue
  day90Noon: new Date(day90.getTime() + 12 * 3_600_000), // not overdue (was overdue for 90 × 24 h)
  day91LastMs: new Date(day90.getTime() - 1), // 91 days: overdue
};
const OVERDUE = ["day91LastMs"];

type Fixture = { id: string; lastVerifiedAt: Date | null; deadline?: Date | null; status?: string };
const fixtures: Record<"programme" | "advisor" | "provider", Fixture[]> = { programme: [], advisor: [], provider: [] };
let archivedId: string;
let draftId: string;

const dateColumn = (day: string) => new Date(`${day}T00:00:00.000Z`);
const pick = <T extends { id: string }>(ids: T[]) => Object.fromEntries(Object.keys(VERIFIED).map((name, i) => [ids[i]!.id, name]));

let editor: Actor;
beforeAll(async () => {
  editor = await actorFor(EMAILS.editor);
  const where = { status: "PUBLISHED" as const };
  const select = { id: true, lastVerifiedAt: true } as const;
  fixtures.programme = await db.programme.findMany({ where, select: { ...select, deadline: true }, orderBy: { slug: "desc" }, take: 3 });
  fixtures.advisor = await db.advisor.findMany({ where, select, orderBy: { slug: "desc" }, take: 3 });
  fixtures.provider = await db.provider.findMany({ where, select, orderBy: { slug: "desc" }, take: 3 });
  const stamps = Object.values(VERIFIED);
  for (let i = 0; i < stamps.length; i++) {
    await db.programme.update({ where: { id: fixtures.programme[i]!.id }, data: { lastVerifiedAt: stamps[i] } });
    await db.advisor.update({ where: { id: fixtures.advisor[i]!.id }, data: { lastVerifiedAt: stamps[i] } });
    await db.provider.update({ where: { id: fixtures.provider[i]!.id }, data: { lastVerifiedAt: stamps[i] } });
  }
  const archived = await db.programme.findUniqueOrThrow({ where: { slug: ARCHIVED_PROGRAMME_SLUG }, select: { id: true, lastVerifiedAt: true, deadline: true } });
  const draft = await db.programme.findFirstOrThrow({ where: { status: "DRAFT" }, orderBy: { slug: "asc" }, select: { id: true, lastVerifiedAt: true, deadline: true } });
  fixtures.programme.push(archived, draft);
  archivedId = archived.id;
  draftId = draft.id;
  for (const id of [archivedId, draftId]) await db.programme.update({ where: { id }, data: { deadline: dateColumn(addDays(today, 5)) } });
});

afterAll(async () => {
  for (const row of fixtures.programme) await db.programme.update({ where: { id: row.id }, data: { lastVerifiedAt: row.lastVerifiedAt, deadline: row.deadline } });
  for (const row of fixtures.advisor) await db.advisor.update({ where: { id: row.id }, data: { lastVerifiedAt: row.lastVerifiedAt } });
  for (const row of fixtures.provider) await db.provider.update({ where: { id: row.id }, data: { lastVerifiedAt: row.lastVerifiedAt } });
});

/** The fixture names among the given ids, sorted. */
const named = (names: Record<string, string>, ids: string[]) => ids.flatMap((id) => (names[id] ? [names[id]!] : [])).sort();

describe("'nicht geprüft seit 90 Tagen': editor lists and dashboard", () => {
  it("agree at the day boundary: Berlin calendar days, not 90 × 24 hours", async () => {
    const query = { ungeprueft: "1", status: "PUBLISHED" };
    const [programmes, advisors, providers, dashboard] = await Promise.all([
      findProgrammesForEditor(editor, programmeEditorFilters.parse(query), { ...ALL, now }),
      findAdvisorsForEditor(editor, advisorEditorFilters.parse(query), { ...ALL, now }),
      findProvidersForEditor(editor, providerEditorFilters.parse(query), { ...ALL, now }),
      listStaleEntries(editor, now, 10_000),
    ]);
    const lists = { programme: programmes.items, advisor: advisors.items, provider: providers.items };
    for (const type of ["programme", "advisor", "provider"] as const) {
      const names = pick(fixtures[type]);
      const inList = named(names, lists[type].map((item) => item.id));
      const onDashboard = named(names, dashboard.items.filter((item) => item.type === type).map((item) => item.id));
      expect(inList, type).toEqual(OVERDUE);
      expect(onDashboard, type).toEqual(OVERDUE);
    }
  });
});

describe("'Frist in den nächsten 30 Tagen' (frist=30) in the programme editor list", () => {
  it("leaves archived programmes out, as the dashboard does", async () => {
    const { items } = await findProgrammesForEditor(editor, programmeEditorFilters.parse({ frist: "30" }), ALL);
    const ids = items.map((item) => item.id);
    expect(ids).toContain(draftId);
    expect(ids).not.toContain(archivedId);
    const dashboard = (await listUpcomingDeadlines(editor, new Date(), 10_000)).items.map((item) => item.id);
    expect(dashboard).toContain(draftId);
    expect(dashboard).not.toContain(archivedId);
  });

  it("finds nothing archived even when the status filter asks for archived entries", async () => {
    const { items } = await findProgrammesForEditor(editor, programmeEditorFilters.parse({ frist: "30", status: "ARCHIVED" }), ALL);
    expect(items.map((item) => item.id)).not.toContain(archivedId);
    const archived = await findProgrammesForEditor(editor, programmeEditorFilters.parse({ status: "ARCHIVED" }), ALL);
    expect(archived.items.map((item) => item.id)).toContain(archivedId);
  });
});
