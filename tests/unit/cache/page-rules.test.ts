import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const { expiresAtTag, hasExpired } = require("../../../lib/cache/expiry-tag.cjs");
const { withPageRules, memoryListViews, listOf } = require("../../../lib/cache/page-rules.cjs");
const createLruHandler = require("@fortedigital/nextjs-cache-handler/local-lru").default;

const meta = { implicitTags: [] };
const page = (status: number | undefined, tags: string[] = []) => ({
  lastModified: Date.now(),
  lifespan: null,
  tags,
  value: { kind: "APP_PAGE", html: "<p>Offen</p>", rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags.join(",") }, status },
});

function rules(options: Record<string, unknown> = {}) {
  const store = createLruHandler();
  return { store, handler: withPageRules(store, options) };
}

describe("expiry tags", () => {
  it("encode the instant and expire exactly at it", () => {
    const instant = new Date("2026-03-31T22:00:00Z");
    const tag = expiresAtTag(instant);
    expect(hasExpired([tag], instant.getTime() - 1)).toBe(false);
    expect(hasExpired([tag], instant.getTime())).toBe(true);
    expect(hasExpired(["programmes", "programme:x"], instant.getTime())).toBe(false);
  });
});

describe("page rules around the package's local-lru store", () => {
  it("serve a page until its status-change instant, then treat it as a miss and delete it", async () => {
    let now = Date.parse("2026-06-30T21:59:59Z");
    const { store, handler } = rules({ now: () => now });
    const tags = ["programmes", expiresAtTag(new Date("2026-06-30T22:00:00Z"))];
    await handler.set("/foerderprogramme/digitalbonus", page(200, tags));
    expect((await handler.get("/foerderprogramme/digitalbonus", meta))?.value.html).toBe("<p>Offen</p>");
    now += 1000;
    expect(await handler.get("/foerderprogramme/digitalbonus", meta)).toBeNull();
    expect(await store.get("/foerderprogramme/digitalbonus", meta)).toBeNull();
  });

  it("read the tags header when the entry carries no tag list", async () => {
    const { handler } = rules();
    const entry = page(200, [expiresAtTag(new Date(Date.now() - 1000))]);
    await handler.set("/", { ...entry, tags: [] });
    expect(await handler.get("/", meta)).toBeNull();
  });

  it("pass untagged entries and data-cache entries through", async () => {
    const { handler } = rules();
    await handler.set("/impressum", page(200));
    expect(await handler.get("/impressum", meta)).not.toBeNull();
    const fetchEntry = { lastModified: Date.now(), lifespan: null, tags: ["programmes"], value: { kind: "FETCH", data: { body: "{}" } } };
    await handler.set("fetch-key", fetchEntry);
    expect(await handler.get("fetch-key", meta)).toBe(fetchEntry);
  });

  it("never store redirects or 404s (junk filter values, made-up slugs), and drop an earlier entry of the key", async () => {
    const { store, handler } = rules();
    for (let i = 0; i < 20; i++) {
      await handler.set(`/foerderprogramme/ansicht/junk${i}`, page(307));
      await handler.set(`/foerderprogramme/gibt-es-nicht-${i}`, page(404));
    }
    for (let i = 0; i < 20; i++) {
      expect(await store.get(`/foerderprogramme/ansicht/junk${i}`, meta)).toBeNull();
      expect(await store.get(`/foerderprogramme/gibt-es-nicht-${i}`, meta)).toBeNull();
    }
    await handler.set("/foerderprogramme/ansicht/d2Fz", page(200));
    expect(await store.get("/foerderprogramme/ansicht/d2Fz", meta)).not.toBeNull();
    await handler.set("/foerderprogramme/ansicht/d2Fz", page(307));
    expect(await store.get("/foerderprogramme/ansicht/d2Fz", meta)).toBeNull();
  });

  it.each([
    ["plain keys", "/foerderprogramme/ansicht"],
    // What Next 16 really uses: a per-route scope in front.
    ["scoped keys", "/route-cache/APP_PAGE/70c2da/$/foerderprogramme/ansicht"],
  ])("keep at most maxListViews list views per list, evicting the oldest written (%s)", async (_name, prefix) => {
    const { store, handler } = rules({ listViews: memoryListViews(3) });
    for (let i = 0; i < 10; i++) await handler.set(`${prefix}/k${i}`, page(200));
    const left = [];
    for (let i = 0; i < 10; i++) if (await store.get(`${prefix}/k${i}`, meta)) left.push(`k${i}`);
    expect(left).toEqual(["k7", "k8", "k9"]);
    // Another list and detail pages (one per entry, bounded by the data) are not counted.
    await handler.set("/berater/ansicht/a", page(200));
    await handler.set("/foerderprogramme/digitalbonus", page(200));
    expect(await store.get("/berater/ansicht/a", meta)).not.toBeNull();
    expect(await store.get("/foerderprogramme/digitalbonus", meta)).not.toBeNull();
    expect(await store.get(`${prefix}/k9`, meta)).not.toBeNull();
  });

  it("bound text searches apart from filter views, so made-up searches never evict a filter view", async () => {
    const { store, handler } = rules({ listViews: memoryListViews(3) });
    await handler.set("/foerderprogramme/ansicht/filter", page(200));
    for (let i = 0; i < 10; i++) await handler.set(`/foerderprogramme/treffer/q${i}`, page(200));
    expect(await store.get("/foerderprogramme/ansicht/filter", meta)).not.toBeNull();
    const left = [];
    for (let i = 0; i < 10; i++) if (await store.get(`/foerderprogramme/treffer/q${i}`, meta)) left.push(`q${i}`);
    expect(left).toEqual(["q7", "q8", "q9"]);
  });

  it("name the list of a list view only", () => {
    expect(listOf("/route-cache/APP_PAGE/ab/$/berater/ansicht/eA")).toBe("/route-cache/APP_PAGE/ab/$/berater/ansicht");
    expect(listOf("/route-cache/APP_PAGE/ab/$/suche/treffer/cT1raQ")).toBe("/route-cache/APP_PAGE/ab/$/suche/treffer");
    expect(listOf("/berater/jane-doe")).toBeNull();
  });

  it("report tags the store could not revalidate, and still fail", async () => {
    const failed = vi.fn();
    const store = { ...createLruHandler(), revalidateTag: () => Promise.reject(new Error("Redis down")) };
    const handler = withPageRules(store, { onRevalidateFailed: failed });
    await expect(handler.revalidateTag("programme:x")).rejects.toThrow("Redis down");
    expect(failed).toHaveBeenCalledWith("programme:x");
  });
});
