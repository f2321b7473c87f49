import { createRequire } from "node:module";
import { describe, expect, it, vi } from "vitest";

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
