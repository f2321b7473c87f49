import { mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const { expiresAtTag, hasExpired } = require("../../../lib/cache/expiry-tag.cjs");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const Handler = require("../../../lib/cache/status-aware-cache-handler.cjs");

const pageEntry = (tags: string[]) => ({
  lastModified: Date.now(),
  value: { kind: "APP_PAGE", html: "<p>Offen</p>", headers: { "x-next-cache-tags": tags.join(",") } },
});

describe("expiry tags", () => {
  it("encode the instant and expire exactly at it", () => {
    const instant = new Date("2026-03-31T22:00:00Z");
    const tag = expiresAtTag(instant);
    expect(hasExpired([tag], instant.getTime() - 1)).toBe(false);
    expect(hasExpired([tag], instant.getTime())).toBe(true);
    expect(hasExpired(["programmes", "programme:x"], instant.getTime())).toBe(false);
  });
});

describe("StatusAwareCacheHandler", () => {
  const handler = new Handler({ fs: undefined, serverDistDir: "/tmp", flushToDisk: false, maxMemoryCacheSize: 0 });

  it("is Next's file-system cache with the expiry rule on top", () => {
    expect(handler).toBeInstanceOf(FileSystemCache);
  });

  it("treats a page whose status-change instant has passed as a miss", async () => {
    const past = expiresAtTag(new Date(Date.now() - 1000));
    vi.spyOn(FileSystemCache.prototype, "get").mockResolvedValueOnce(pageEntry(["programmes", past]));
    expect(await handler.get("key", { kind: "APP_PAGE" })).toBeNull();
  });

  it("serves a page whose status-change instant lies ahead", async () => {
    const entry = pageEntry(["programmes", expiresAtTag(new Date(Date.now() + 60_000))]);
    vi.spyOn(FileSystemCache.prototype, "get").mockResolvedValueOnce(entry);
    expect(await handler.get("key", { kind: "APP_PAGE" })).toBe(entry);
  });

  it("passes through misses and untagged entries", async () => {
    vi.spyOn(FileSystemCache.prototype, "get").mockResolvedValueOnce(null);
    expect(await handler.get("key", { kind: "APP_PAGE" })).toBeNull();
    const fetchEntry = { lastModified: Date.now(), value: { kind: "FETCH", data: { body: "{}" } } };
    vi.spyOn(FileSystemCache.prototype, "get").mockResolvedValueOnce(fetchEntry);
    expect(await handler.get("key", { kind: "FETCH" })).toBe(fetchEntry);
  });
});

describe("StatusAwareCacheHandler on disk", () => {
  const { nodeFs } = require("next/dist/server/lib/node-fs-methods");
  let dir = "";
  let handler: InstanceType<typeof Handler>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "page-cache-"));
    // No memory cache: what counts here is what lands on disk.
    handler = new Handler({ fs: nodeFs, serverDistDir: dir, flushToDisk: true, maxMemoryCacheSize: 0 });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const page = (status?: number, headers: Record<string, string> = {}) => ({
    kind: "APP_PAGE",
    html: "<p>Liste</p>",
    rscData: Buffer.from("rsc"),
    headers,
    status,
    postponed: undefined,
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  });
  const ctx = { cacheControl: { revalidate: 3600, expire: undefined } };
  const files = async () => (await readdir(join(dir, "app"), { recursive: true })).filter((f) => !f.endsWith("ansicht") && !f.endsWith("foerderprogramme")).sort();

  it("stores a successful page (html, rsc, meta, segments)", async () => {
    await handler.set("/foerderprogramme/ansicht/YWJj", page(200), ctx);
    expect(await files()).toEqual(expect.arrayContaining(["foerderprogramme/ansicht/YWJj.html", "foerderprogramme/ansicht/YWJj.meta", "foerderprogramme/ansicht/YWJj.rsc"]));
  });

  it("never stores redirects or 404s (junk filter values, made-up slugs), and drops an earlier entry of the key", async () => {
    for (let i = 0; i < 20; i++) {
      await handler.set(`/foerderprogramme/ansicht/junk${i}`, page(307, { location: "/foerderprogramme" }), ctx);
      await handler.set(`/foerderprogramme/gibt-es-nicht-${i}`, page(404), ctx);
    }
    await expect(readdir(join(dir, "app"))).rejects.toThrow();
    await handler.set("/foerderprogramme/ansicht/d2Fz", page(200), ctx);
    expect((await files()).length).toBeGreaterThan(0);
    await handler.set("/foerderprogramme/ansicht/d2Fz", page(307, { location: "/foerderprogramme" }), ctx);
    expect(await files()).toEqual([]);
  });

  it.each([
    ["plain keys", "/foerderprogramme/ansicht", "app/foerderprogramme/ansicht"],
    // What Next 16 really uses: a per-route scope, stored outside app/.
    ["scoped keys", "/route-cache/APP_PAGE/70c2da/$/foerderprogramme/ansicht", "route-cache/APP_PAGE/70c2da/$/foerderprogramme/ansicht"],
  ])("keeps at most maxListViews list views per list, evicting the oldest written (%s)", async (_name, prefix, folder) => {
    handler.maxListViews = 3;
    const base = Date.now() / 1000 - 3600;
    for (let i = 0; i < 10; i++) {
      await handler.set(`${prefix}/k${i}`, page(200), ctx);
      // Distinct, increasing write times, independent of the file system's clock resolution.
      await utimes(join(dir, folder, `k${i}.meta`), base + i, base + i);
    }
    const left = await readdir(join(dir, folder), { recursive: true });
    expect(left.filter((f) => f.endsWith(".meta")).sort()).toEqual(["k7.meta", "k8.meta", "k9.meta"]);
    // Nothing of an evicted entry is left behind.
    expect(left.filter((f) => /^k[0-6]\b/.test(f))).toEqual([]);
    // Other pages (detail pages: one per entry, bounded by the data) are not counted.
    await handler.set("/foerderprogramme/digitalbonus", page(200), ctx);
    expect(await files()).toContain("foerderprogramme/digitalbonus.html");
  });
});
