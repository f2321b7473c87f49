import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { addDays, berlinDay } from "@/lib/dates";

// The route handlers outside Next: cached reads run directly, messages are their keys.
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", () => ({
  getTranslations: async (arg?: string | { namespace?: string }) => {
    const namespace = typeof arg === "string" ? arg : arg?.namespace;
    return (key: string, values?: Record<string, string>) => `${namespace}.${key}${values ? ` ${Object.values(values).join(" | ")}` : ""}`;
  },
}));

const { GET: listCalendar } = await import("@/app/(public)/fristen/kalender.ics/route");
const { GET: programmeCalendar } = await import("@/app/(public)/foerderprogramme/[slug]/kalender.ics/route");
const { GET: atomFeed } = await import("@/app/(public)/foerderprogramme/feed.atom/route");

// One word no other programme has, so the list's text words (q) select only these fixtures.
const word = `fristtest${process.pid}x${Date.now()}`;
const prefix = `it-fristen-${process.pid}-${Date.now()}`;
const today = berlinDay();
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

const fixtures = {
  future: { status: PublicationStatus.PUBLISHED, deadline: addDays(today, 10), fundingTypes: ["ZUSCHUSS"] },
  past: { status: PublicationStatus.PUBLISHED, deadline: addDays(today, -5), fundingTypes: ["ZUSCHUSS"] },
  rolling: { status: PublicationStatus.PUBLISHED, deadline: null, fundingTypes: ["ZUSCHUSS"] },
  loan: { status: PublicationStatus.PUBLISHED, deadline: addDays(today, 20), fundingTypes: ["DARLEHEN"] },
  draft: { status: PublicationStatus.DRAFT, deadline: addDays(today, 10), fundingTypes: ["ZUSCHUSS"] },
  archived: { status: PublicationStatus.ARCHIVED, deadline: addDays(today, 12), fundingTypes: ["ZUSCHUSS"] },
} as const;
const ids = {} as Record<keyof typeof fixtures, string>;

beforeAll(async () => {
  const body = await db.organisation.create({ data: { slug: `${prefix}-org`, name: "Testfördergeber", kind: "MINISTERIUM" } });
  for (const [name, f] of Object.entries(fixtures) as [keyof typeof fixtures, (typeof fixtures)[keyof typeof fixtures]][]) {
    const row = await db.programme.create({
      data: {
        slug: `${prefix}-${name}`,
        title: `Programm ${name}, Test; ${word}`,
        summary: `Kurz ${name}`,
        description: "Beschreibung",
        fundingBodyId: body.id,
        level: "LAND",
        fundingTypes: [...f.fundingTypes],
        targetGroups: ["KMU"],
        deadline: f.deadline ? asDate(f.deadline) : null,
        sourceUrl: "https://example.org/programm",
        lastVerifiedAt: new Date(),
        status: f.status,
        publishedAt: f.status === PublicationStatus.PUBLISHED ? new Date() : null,
      },
    });
    ids[name] = row.id;
  }
});

afterAll(async () => {
  await db.programme.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

const request = (path: string) => new NextRequest(new URL(path, "http://localhost:3000"));

async function calendarEvents(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the deadlines of a filtered list as iCalendar", () => {
  it("has one event per deadline of the published programmes the filters select", async () => {
    const events = await calendarEvents(await listCalendar(request(`/fristen/kalender.ics?foerderart=zuschuss&q=${word}`)));
    expect(events.map((e) => e.uid).sort()).toEqual([ids.future, ids.past].map((id) => `programme-${id}-deadline@localhost`).sort());
    const future = events.find((e) => e.uid.includes(ids.future))!;
    expect(future.startDate.isDate).toBe(true);
    expect(future.startDate.toString()).toBe(fixtures.future.deadline);
    expect(future.summary).toBe(`deadlines.ics.eventSummary Programm future, Test; ${word}`);
    expect(future.component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/foerderprogramme/${prefix}-future`);
  });

  it("takes the list's filters and ignores unknown parameters and values", async () => {
    const all = await calendarEvents(await listCalendar(request(`/fristen/kalender.ics?q=${word}&utm_source=x&foerderart=gibt-es-nicht&seite=abc`)));
    expect(all).toHaveLength(3);
    const open = await calendarEvents(await listCalendar(request(`/fristen/kalender.ics?q=${word}&status=offen`)));
    expect(open.map((e) => e.uid).sort()).toEqual([ids.future, ids.loan].map((id) => `programme-${id}-deadline@localhost`).sort());
  });

  it("gives one programme's deadline, and 404 for a programme that is not published", async () => {
    const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
    const one = await calendarEvents(await programmeCalendar(request("/"), params(`${prefix}-future`)));
    expect(one.map((e) => e.uid)).toEqual([`programme-${ids.future}-deadline@localhost`]);
    expect(await calendarEvents(await programmeCalendar(request("/"), params(`${prefix}-rolling`)))).toHaveLength(0);
    for (const slug of [`${prefix}-draft`, `${prefix}-archived`, "gibt-es-nicht", "Bad Slug\u0000"]) {
      const response = await programmeCalendar(request("/"), params(slug));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});

describe("the last change of a programme", () => {
  it("is its last content change or publication; confirming it as checked is none", async () => {
    const edited = new Date(Date.now() + 60_000);
    const verified = new Date(Date.now() + 120_000);
    await db.auditLog.createMany({
      data: [
        { action: "programme.updated", entityType: "programme", entityId: ids.future, changes: {}, createdAt: edited },
        { action: "programme.verified", entityType: "programme", entityId: ids.future, changes: {}, createdAt: verified },
      ],
    });
    await db.programme.update({ where: { id: ids.future }, data: { lastVerifiedAt: verified } });
    const [event] = await calendarEvents(await listCalendar(request(`/fristen/kalender.ics?q=${word}&status=offen&foerderart=zuschuss`)));
    expect(event!.component.getFirstPropertyValue("dtstamp")?.toString()).toBe(edited.toISOString().replace(/\.\d{3}Z$/, "Z"));
    const feed = parseFeed(await (await atomFeed(request(`/foerderprogramme/feed.atom?q=${word}`))).text());
    expect(feed.items[0]!.id).toBe(`tag:localhost,2025:programme:${ids.future}`);
    expect(feed.items[0]!.updated?.toISOString()).toBe(edited.toISOString());
    await db.auditLog.deleteMany({ where: { entityId: ids.future } });
  });
});

describe("the Atom feed of a filtered list", () => {
  it("parses and lists the selected published programmes, with or without a deadline", async () => {
    const response = await atomFeed(request(`/foerderprogramme/feed.atom?foerderart=zuschuss&q=${word}&sortierung=a-z`));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(await response.text());
    expect(feed.items.map((item) => item.id).sort()).toEqual([ids.future, ids.past, ids.rolling].map((id) => `tag:localhost,2025:programme:${id}`).sort());
    expect(feed.self).toBe(`http://localhost:3000/foerderprogramme/feed.atom?foerderart=zuschuss&q=${word}`);
    expect(feed.items[0]!.url).toMatch(new RegExp(`^http://localhost:3000/foerderprogramme/${prefix}-`));
  });
});

describe("feeds and calendar files in French and English (lang)", () => {
  const frenchTitle = `Programme à venir ${word}`;
  beforeAll(async () => {
    await db.programme.update({ where: { id: ids.future }, data: { titleFr: frenchTitle, summaryFr: "Résumé à venir" } });
  });

  it("a French feed is marked French, has the French titles where there are any, German ones else, and links the French pages", async () => {
    const response = await atomFeed(request(`/foerderprogramme/feed.atom?foerderart=zuschuss&q=${word}&lang=fr`));
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
    const feed = parseFeed(xml);
    expect(feed.self).toBe(`http://localhost:3000/foerderprogramme/feed.atom?foerderart=zuschuss&q=${word}&lang=fr`);
    const entry = (id: string) => feed.items.find((item) => item.id === `tag:localhost,2025:programme:${id}`)!;
    expect(entry(ids.future).title).toBe(frenchTitle);
    expect(entry(ids.future).url).toBe(`http://localhost:3000/fr/foerderprogramme/${prefix}-future`);
    expect(entry(ids.past).title).toBe(`Programm past, Test; ${word}`);
    // Without lang: German, as before.
    const german = await (await atomFeed(request(`/foerderprogramme/feed.atom?foerderart=zuschuss&q=${word}`))).text();
    expect(german).toContain('xml:lang="de"');
    expect(german).not.toContain(frenchTitle);
  });

  it("a French calendar names the French title and links the French page; an English one the German title and the English page", async () => {
    const [french] = await calendarEvents(await listCalendar(request(`/fristen/kalender.ics?q=${word}&status=offen&foerderart=zuschuss&lang=fr`)));
    expect(french!.summary).toBe(`deadlines.ics.eventSummary ${frenchTitle}`);
    expect(french!.component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/fr/foerderprogramme/${prefix}-future`);
    const params = { params: Promise.resolve({ slug: `${prefix}-future` }) };
    const [english] = await calendarEvents(await programmeCalendar(request("/?lang=en"), params));
    expect(english!.summary).toBe(`deadlines.ics.eventSummary Programm future, Test; ${word}`);
    expect(english!.component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/en/foerderprogramme/${prefix}-future`);
  });

  it("refuses a language it does not know, or two, with a 400 problem document", async () => {
    const answers = [
      await atomFeed(request(`/foerderprogramme/feed.atom?lang=it`)),
      await listCalendar(request(`/fristen/kalender.ics?lang=`)),
      await programmeCalendar(request("/?lang=de&lang=fr"), { params: Promise.resolve({ slug: `${prefix}-future` }) }),
    ];
    for (const response of answers) {
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 400, code: "INVALID_PARAMETER", field: "lang" });
    }
  });
});
