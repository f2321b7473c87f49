import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { createAdvisor, createOrganisation, createProgramme, get, removeFixtures, resetApiLimit, slugContext } from "./fixtures";

// The route handlers outside Next: cached reads run directly, messages are their keys.
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", async () => (await import("../support/outside-next")).namespacedMessageKeys);

const { GET: listProgrammes } = await import("@/app/api/v1/programmes/route");
const { GET: oneProgramme } = await import("@/app/api/v1/programmes/[slug]/route");
const { GET: oneAdvisor } = await import("@/app/api/v1/advisors/[slug]/route");

const prefix = `it-opendata-${process.pid}-${Date.now()}`;
const word = `odtest${process.pid}x${Date.now()}`;
let orgId = "";

type Page = { items: { id: string; slug: string; status: string }[]; nextCursor: string | null; next: string | null; limit: number };

beforeAll(async () => {
  await resetApiLimit();
  orgId = (await createOrganisation(prefix)).id;
  for (let i = 0; i < 7; i++) await createProgramme(prefix, `p${i}`, word, orgId);
  await createProgramme(prefix, "draft", word, orgId, PublicationStatus.DRAFT);
});

afterAll(async () => {
  await removeFixtures(prefix);
  await resetApiLimit();
});

async function page(path: string): Promise<Page> {
  const response = await listProgrammes(get(path));
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

describe("cursor paging of /api/v1/programmes", () => {
  it("sees every entry exactly once while entries are added, edited and renamed between pages", async () => {
    const before = await db.programme.findMany({ where: { slug: { startsWith: prefix }, status: "PUBLISHED" }, select: { id: true } });
    const seen: string[] = [];
    let path: string | null = `/api/v1/programmes?q=${word}&limit=2`;
    let round = 0;
    while (path) {
      const current: Page = await page(path);
      seen.push(...current.items.map((item) => item.id));
      // Between pages: a new entry, an edit that would move an entry in any title or date order, a rename.
      await createProgramme(prefix, `added${round}`, word, orgId);
      await db.programme.updateMany({ where: { slug: `${prefix}-p${round % 7}` }, data: { title: `AAA zuerst ${word}` } });
      if (round === 1) await db.programme.updateMany({ where: { slug: `${prefix}-p6` }, data: { slug: `${prefix}-p6-renamed` } });
      path = current.next && new URL(current.next).pathname + new URL(current.next).search;
      round++;
      expect(round).toBeLessThan(30);
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const { id } of before) expect(seen).toContain(id);
    expect(seen).not.toContain((await db.programme.findFirstOrThrow({ where: { slug: `${prefix}-draft` } })).id);
  });

  it("refuses a cursor it did not write and a filter value the list does not offer, as problem documents", async () => {
    for (const path of ["/api/v1/programmes?cursor=kaputt", "/api/v1/programmes?foerderart=gibtsnicht", "/api/v1/programmes?limit=1000"]) {
      const response = await listProgrammes(get(path));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect((await response.json()).code).toBe("INVALID_PARAMETER");
    }
  });
});

describe("validators and CORS", () => {
  it("answers a conditional request with 304 (If-None-Match and If-Modified-Since) and a changed entry with 200", async () => {
    const slug = `${prefix}-p1`;
    const first = await oneProgramme(get(`/api/v1/programmes/${slug}`), slugContext(slug));
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^".+"$/);
    expect(Number.isNaN(Date.parse(lastModified))).toBe(false);

    const again = await oneProgramme(get(`/api/v1/programmes/${slug}`, { "If-None-Match": etag }), slugContext(slug));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const since = await oneProgramme(get(`/api/v1/programmes/${slug}`, { "If-Modified-Since": new Date(Date.now() + 5_000).toUTCString() }), slugContext(slug));
    expect(since.status).toBe(304);

    await db.programme.updateMany({ where: { slug }, data: { summary: "Geändert" } });
    const changed = await oneProgramme(get(`/api/v1/programmes/${slug}`, { "If-None-Match": etag }), slugContext(slug));
    expect(changed.status).toBe(200);
    expect((await changed.json()).summary).toBe("Geändert");
  });

  it("answers a list with 304 for its own ETag", async () => {
    const path = `/api/v1/programmes?q=${word}&limit=3`;
    const first = await listProgrammes(get(path));
    const second = await listProgrammes(get(path, { "If-None-Match": `W/${first.headers.get("etag")}` }));
    expect(second.status).toBe(304);
  });
});

describe("published data only", () => {
  it("answers 404 for an unpublished entry and an unknown slug", async () => {
    for (const slug of [`${prefix}-draft`, `${prefix}-gibtsnicht`]) {
      const response = await oneProgramme(get(`/api/v1/programmes/${slug}`), slugContext(slug));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("gives an advisor's contact only as published (null where the entry has none)", async () => {
    const advisor = await createAdvisor(prefix, word, orgId, null);
    const response = await oneAdvisor(get(`/api/v1/advisors/${advisor.slug}`), slugContext(advisor.slug));
    const body = await response.json();
    expect(body.email).toBeNull();
    expect(body).not.toHaveProperty("user");
    expect(body.organisation.slug).toBe(`${prefix}-org`);
  });
});
