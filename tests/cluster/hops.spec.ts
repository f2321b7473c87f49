import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// proxy.ts rewrites German pages to /de/… and lists and searches to their cached views. Each of
// those must be served inside the instance that received it: one request through nginx, one
// request at one instance. Next fetches a rewrite it takes for external over HTTP instead (to the
// instance again, or to the public address), a second request with the same headers. So each
// request here carries its own X-Request-Id, and the test counts the lines naming it in nginx's
// access log and in the instances' request logs (scripts/lib/request-log.cjs), all written by
// scripts/test-cluster.mjs. docs/architecture.md, "Languages".
const NGINX = process.env.CLUSTER_URL_NGINX!;
const A = process.env.CLUSTER_URL_A!;
const ACCESS_LOG = process.env.CLUSTER_NGINX_ACCESS_LOG!;
const REQUEST_LOGS = (process.env.CLUSTER_REQUEST_LOGS ?? "").split(",").filter(Boolean);

const REWRITTEN = ["/", "/foerderprogramme", "/foerderprogramme?foerderart=zuschuss", "/suche?q=digital", "/fr/foerderprogramme", "/impressum"];

const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : []);

/** nginx's access-log lines of the request with this id. */
const nginxLines = (id: string) => read(ACCESS_LOG).filter((line) => line.endsWith(` id="${id}"`));

/** The requests with this id that reached an instance, as "<method> <url> (Host: <host>)". */
function instanceArrivals(id: string): string[] {
  return REQUEST_LOGS.flatMap((file) =>
    read(file)
      .map((line) => JSON.parse(line) as { id: string | null; method: string; url: string; host: string | null })
      .filter((entry) => entry.id === id)
      .map((entry) => `${entry.method} ${entry.url} (Host: ${entry.host})`),
  );
}

test.beforeAll(() => {
  expect(REQUEST_LOGS.length, "CLUSTER_REQUEST_LOGS (set by scripts/test-cluster.mjs)").toBe(2);
  expect(existsSync(ACCESS_LOG), `nginx access log ${ACCESS_LOG}`).toBe(true);
});

for (const path of REWRITTEN) {
  test(`${path} crosses nginx once and reaches one instance once`, async ({ request }) => {
    const id = randomUUID();
    const response = await request.get(`${NGINX}${path}`, { headers: { "X-Request-Id": id }, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    // The instance logs a request when it accepts it, so every hop of this one is listed by now.
    expect(instanceArrivals(id)).toEqual([`GET ${path} (Host: ${new URL(NGINX).host})`]);
    // nginx logs a request when it has answered it; an inner hop would have been answered first.
    const requestLine = `"GET ${path} HTTP/1.1"`;
    await expect.poll(() => nginxLines(id).some((line) => line.includes(requestLine)), { timeout: 5000 }).toBe(true);
    expect(nginxLines(id)).toHaveLength(1);
  });
}

test("/de/… from outside redirects (308) to the unprefixed address, query kept, and that answers", async ({ request }) => {
  const response = await request.get(`${NGINX}/de/foerderprogramme?foerderart=zuschuss`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/foerderprogramme?foerderart=zuschuss");
  const followed = await request.get(`${NGINX}/de/foerderprogramme?foerderart=zuschuss`);
  expect(followed.status()).toBe(200);
  expect(new URL(followed.url()).pathname).toBe("/foerderprogramme");
});

test("behind a TLS proxy (X-Forwarded-Proto: https), an instance serves its rewritten pages itself", async ({ request }) => {
  // The production nginx terminates TLS and says so; an external rewrite then went to
  // https://localhost:<port>, which the instance does not speak.
  for (const path of REWRITTEN) {
    const response = await request.get(`${A}${path}`, { headers: { "X-Forwarded-Proto": "https" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});
