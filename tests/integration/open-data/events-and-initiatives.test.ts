import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PublicationStatus } from "@/lib/db/enums";
import { createEvent, createInitiative, createOrganisation, get, removeFixtures, resetApiLimit, slugContext } from "./fixtures";

// /api/v1/events and /api/v1/initiatives: the public lists' filters, the period of events, paging
// and German 400 answers for what the lists would silently ignore.
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", async () => (await import("../support/outside-next")).namespacedMessageKeys);

const { GET: listEvents } = await import("@/app/api/v1/events/route");
const { GET: oneEvent } = await import("@/app/api/v1/events/[slug]/route");
const { GET: listInitiatives } = await import("@/app/api/v1/initiatives/route");
const { GET: oneInitiative } = await import("@/app/api/v1/initiatives/[slug]/route");

const prefix = `it-od-activity-${process.pid}-${Date.now()}`;
const word = `odact${process.pid}x${Date.now()}`;

type Page = { items: Record<string, unknown>[]; nextCursor: string | null };

beforeAll(async () => {
  await resetApiLimit();
  const org = await createOrganisation(prefix);
  for (const n of [1, 2, 3]) await createEvent(prefix, `soon${n}`, word, org.id, 24 * n);
  await createEvent(prefix, "over", word, org.id, -72);
  await createEvent(prefix, "draft", word, org.id, 24, PublicationStatus.DRAFT);
  await createInitiative(prefix, "pilot", word, org.id, "PILOT");
  await createInitiative(prefix, "done", word, org.id, "ABGESCHLOSSEN");
});

afterAll(async () => {
  await removeFixtures(prefix);
  await resetApiLimit();
});

async function slugs(handler: (r: Request) => Promise<Response>, path: string): Promise<string[]> {
  const response = await handler(get(path));
  expect(response.status, path).toBe(200);
  return ((await response.json()) as Page).items.map((item) => String(item.slug)).sort();
}

describe("/api/v1/events", () => {
  it("answers the coming events by default, the past ones with zeitraum=vergangen, both with alle; never a draft", async () => {
    expect(await slugs(listEvents, `/api/v1/events?q=${word}`)).toEqual([`${prefix}-soon1`, `${prefix}-soon2`, `${prefix}-soon3`]);
    expect(await slugs(listEvents, `/api/v1/events?q=${word}&zeitraum=vergangen`)).toEqual([`${prefix}-over`]);
    expect(await slugs(listEvents, `/api/v1/events?q=${word}&zeitraum=alle`)).toHaveLength(4);
  });

  it("filters by format and Zielgruppe like the list and pages by cursor", async () => {
    expect(await slugs(listEvents, `/api/v1/events?q=${word}&format=online`)).toEqual([]);
    expect(await slugs(listEvents, `/api/v1/events?q=${word}&format=hybrid&zielgruppe=kmu`)).toHaveLength(3);
    const seen: string[] = [];
    let path: string | null = `/api/v1/events?q=${word}&limit=2`;
    while (path) {
      const body = (await (await listEvents(get(path))).json()) as Page;
      seen.push(...body.items.map((item) => String(item.slug)));
      path = body.nextCursor ? `/api/v1/events?q=${word}&limit=2&cursor=${body.nextCursor}` : null;
    }
    expect(seen.sort()).toEqual([`${prefix}-soon1`, `${prefix}-soon2`, `${prefix}-soon3`]);
  });

  it("gives one event with its calendar file; a past one without its online and registration links", async () => {
    const soon = (await (await oneEvent(get(`/api/v1/events/${prefix}-soon1`), slugContext(`${prefix}-soon1`))).json()) as Record<string, unknown>;
    expect(soon).toMatchObject({ past: false, format: "hybrid", onlineUrl: "https://meet.example.org/raum", calendarUrl: expect.stringMatching(/\/veranstaltungen\/.+\/kalender\.ics$/) });
    const over = (await (await oneEvent(get(`/api/v1/events/${prefix}-over`), slugContext(`${prefix}-over`))).json()) as Record<string, unknown>;
    expect(over).toMatchObject({ past: true, onlineUrl: null, registrationUrl: null });
    expect((await oneEvent(get(`/api/v1/events/${prefix}-draft`), slugContext(`${prefix}-draft`))).status).toBe(404);
  });

  it("refuses an unknown period, format or a second zeitraum with a 400 naming the field", async () => {
    for (const [path, field] of [
      ["/api/v1/events?zeitraum=morgen", "zeitraum"],
      ["/api/v1/events?zeitraum=kommend&zeitraum=alle", "zeitraum"],
      ["/api/v1/events?format=praesenz", "format"],
      ["/api/v1/events?thema=gibtsnicht", "thema"],
    ] as const) {
      const response = await listEvents(get(path));
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(await response.json()).toMatchObject({ code: "INVALID_PARAMETER", field });
    }
  });
});

describe("/api/v1/initiatives", () => {
  it("filters by phase, gives milestones and sources, refuses an unknown phase", async () => {
    expect(await slugs(listInitiatives, `/api/v1/initiatives?q=${word}&phase=pilot`)).toEqual([`${prefix}-pilot`]);
    expect(await slugs(listInitiatives, `/api/v1/initiatives?q=${word}`)).toEqual([`${prefix}-done`, `${prefix}-pilot`]);
    const one = (await (await oneInitiative(get(`/api/v1/initiatives/${prefix}-pilot`), slugContext(`${prefix}-pilot`))).json()) as Record<string, unknown>;
    expect(one).toMatchObject({
      phase: "pilot",
      milestones: [{ date: "2026-03-01", title: "Start", description: null, roadmapPhase: "pilotierung" }],
      sourceLinks: [{ label: "Quelle", url: "https://example.org/quelle" }],
    });
    const bad = await listInitiatives(get("/api/v1/initiatives?phase=fertig"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "phase" });
  });
});
