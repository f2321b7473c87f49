import { expect, test } from "@playwright/test";

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/", "/foerderprogramme", "/api/health", "/gibt-es-nicht", "/anmelden"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("health reports app and database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", app: "ok", database: "ok" });
});

// lib/cache/page-cache-control.ts: no CDN or proxy in front may serve a page the portal's own cache
// has expired (an edit, a deadline at midnight); an unchanged page costs a 304.
test("public pages tell every cache to ask first, and answer an unchanged page with 304", async ({ request }) => {
  for (const path of ["/", "/foerderprogramme", "/foerderprogramme?q=digital", "/foerderprogramme/isb-digiboost", "/fr/veranstaltungen", "/impressum"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
    const etag = response.headers()["etag"];
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { "If-None-Match": etag! } });
    expect(again.status(), path).toBe(304);
  }
  expect((await request.get("/anmelden")).headers()["cache-control"]).toContain("no-store");
  const search = await request.get("/api/v1/search?q=digital");
  expect(search.headers()["cache-control"]).toBe("no-store");
  // Open to other sites' browsers like the rest of /api/v1, preflight included.
  expect(search.headers()["access-control-allow-origin"]).toBe("*");
  const preflight = await request.fetch("/api/v1/search?q=digital", { method: "OPTIONS", headers: { origin: "https://gemeinde.example", "access-control-request-method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect((await request.get("/foerderprogramme/feed.atom")).headers()["cache-control"]).toBe("public, max-age=300");
});
