// The handler module Next loads (page-cache-handler.cjs) with REDIS_URL set, against a real Redis
// (TEST_REDIS_URL, default logical database 5 of the local server) under a key prefix of its own.
// A second store on its own connection stands in for another instance of the app.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { expiresAtTag } = require("../../../lib/cache/expiry-tag.cjs");
const { withPageRules } = require("../../../lib/cache/page-rules.cjs");
const { redisStore } = require("../../../lib/cache/redis-store.cjs");

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/5";
const prefix = `test-cache-${randomUUID().slice(0, 8)}:`;
const ctx = { cacheControl: { revalidate: 3600, expire: undefined } };
const page = (html: string, tags: string[], status = 200) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc ${html}`),
  headers: { "x-next-cache-tags": tags.join(",") },
  status,
  postponed: undefined,
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
});

let dir = "";
type Entry = { tags: string[]; value: { html: string; rscData: Buffer } } | null;
let instanceA: { get(key: string, ctx?: unknown): Promise<Entry>; set(key: string, value: unknown, ctx: unknown): Promise<void>; revalidateTag(tag: string): Promise<void> };
const otherClient = createClient({ url: redisUrl });
let instanceB: ReturnType<typeof withPageRules>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "page-cache-"));
  process.env.REDIS_URL = redisUrl;
  process.env.CACHE_KEY_PREFIX = prefix;
  const CacheHandler = require("../../../lib/cache/page-cache-handler.cjs");
  instanceA = new CacheHandler({ serverDistDir: join(dir, "server"), dev: false });
  await otherClient.connect();
  instanceB = withPageRules(redisStore(otherClient, { keyPrefix: prefix, maxListViews: 3 }).store);
});

afterAll(async () => {
  for await (const keys of otherClient.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length > 0) await otherClient.unlink(keys);
  otherClient.destroy();
  await rm(dir, { recursive: true, force: true });
  delete process.env.REDIS_URL;
  delete process.env.CACHE_KEY_PREFIX;
});

describe("page cache in Redis", () => {
  it("stores a page with its tags from the page's tags header, readable by another instance", async () => {
    await instanceA.set("/foerderprogramme/digitalbonus", page("<p>alt</p>", ["programmes", "programme:digitalbonus"]), ctx);
    const entry = await instanceA.get("/foerderprogramme/digitalbonus", { softTags: [] });
    expect(entry?.value.html).toBe("<p>alt</p>");
    expect(entry?.value.rscData).toEqual(Buffer.from("rsc <p>alt</p>"));
    const seenByB = await instanceB.get("/foerderprogramme/digitalbonus", { implicitTags: [] });
    expect(seenByB?.tags).toEqual(["programmes", "programme:digitalbonus"]);
    // Bounded: the key ends with the page's lifespan (revalidate 3600 s × 1.5).
    const ttl = await otherClient.ttl(`${prefix}/foerderprogramme/digitalbonus`);
    expect(ttl).toBeGreaterThan(5000);
    expect(ttl).toBeLessThanOrEqual(5400);
  });

  it("an edit on one instance invalidates the page for the other at once", async () => {
    await instanceA.set("/foerderprogramme/mittelstand", page("<p>alt</p>", ["programmes", "programme:mittelstand"]), ctx);
    await instanceA.set("/berater/jane", page("<p>Beraterin</p>", ["advisors"]), ctx);
    await instanceB.revalidateTag("programme:mittelstand");
    expect(await instanceA.get("/foerderprogramme/mittelstand", { softTags: [] })).toBeNull();
    expect(await instanceA.get("/berater/jane", { softTags: [] })).not.toBeNull();
  });

  it("a page is a miss on every instance from its status-change instant on", async () => {
    const instant = new Date(Date.now() + 1500);
    await instanceA.set("/foerderprogramme/frist-heute", page("<p>Offen</p>", ["programmes", expiresAtTag(instant)]), ctx);
    expect((await instanceB.get("/foerderprogramme/frist-heute", { implicitTags: [] }))?.value.html).toBe("<p>Offen</p>");
    await new Promise((resolve) => setTimeout(resolve, instant.getTime() - Date.now() + 50));
    expect(await instanceB.get("/foerderprogramme/frist-heute", { implicitTags: [] })).toBeNull();
    expect(await instanceA.get("/foerderprogramme/frist-heute", { softTags: [] })).toBeNull();
  });

  it("never stores a redirect or a 404", async () => {
    await instanceA.set("/berater/ansicht/junk", page("", [], 307), ctx);
    await instanceA.set("/berater/gibt-es-nicht", page("", [], 404), ctx);
    expect(await otherClient.exists([`${prefix}/berater/ansicht/junk`, `${prefix}/berater/gibt-es-nicht`])).toBe(0);
  });

  it("keeps at most 500 list views per list, dropping the oldest written", async () => {
    const list = "/route-cache/APP_PAGE/ab/$/dienstleister/ansicht";
    for (let i = 0; i < 503; i++) await instanceA.set(`${list}/k${i}`, page("<p>Liste</p>", []), ctx);
    const present = await otherClient.exists([0, 1, 2, 3, 502].map((i) => `${prefix}${list}/k${i}`));
    expect(present).toBe(2);
    expect(await otherClient.exists(`${prefix}${list}/k3`)).toBe(1);
    expect(await otherClient.zCard(`${prefix}__listViews__:${list}`)).toBe(500);
  }, 30_000);
});
