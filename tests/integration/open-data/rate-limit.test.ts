import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetApiLimit, get } from "./fixtures";

// A small limit for this file only: lib/env reads it when first imported (below).
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "5";
});
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
}));

const { GET: listTopics } = await import("@/app/api/v1/topics/route");

beforeAll(resetApiLimit);
afterAll(resetApiLimit);

describe("the API's request limit (shared through PostgreSQL)", () => {
  it("answers the request over the limit with 429, Retry-After and a problem document", async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await listTopics(get("/api/v1/topics")));
    expect(answers.slice(0, 5).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[4]!.headers.get("ratelimit-remaining")).toBe("0");
    const over = answers[5]!;
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.headers.get("content-type")).toContain("application/problem+json");
    expect(await over.json()).toMatchObject({ status: 429, code: "RATE_LIMITED" });
  });

  it("counts in parallel without letting extra requests through", async () => {
    await resetApiLimit();
    const answers = await Promise.all(Array.from({ length: 12 }, () => listTopics(get("/api/v1/topics"))));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(7);
  });
});
