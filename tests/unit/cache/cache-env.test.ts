import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { readCacheEnv } = require("../../../lib/cache/cache-env.cjs");

describe("page cache settings", () => {
  it("need no Redis: unset or empty REDIS_URL means the in-process cache", () => {
    expect(readCacheEnv({})).toEqual({ REDIS_URL: undefined, CACHE_KEY_PREFIX: "regiontrier:" });
    expect(readCacheEnv({ REDIS_URL: "", CACHE_KEY_PREFIX: "" }).REDIS_URL).toBeUndefined();
  });

  it("accept redis:// and rediss:// URLs and a prefix of safe characters", () => {
    expect(readCacheEnv({ REDIS_URL: "rediss://:secret@cache.example:6380/2", CACHE_KEY_PREFIX: "staging.rt:" })).toEqual({
      REDIS_URL: "rediss://:secret@cache.example:6380/2",
      CACHE_KEY_PREFIX: "staging.rt:",
    });
  });

  it.each([
    [{ REDIS_URL: "http://cache.example:6379" }],
    [{ REDIS_URL: "cache.example:6379" }],
    [{ CACHE_KEY_PREFIX: "a b*" }],
    [{ CACHE_KEY_PREFIX: "x".repeat(65) }],
  ])("refuse %j", (source) => {
    expect(() => readCacheEnv(source)).toThrow();
  });
});
