import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeListKey } from "@/lib/listing/canonical";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";

// Where proxy.ts sends a request: German pages live under app/[locale] as /de/…, reached only by
// the proxy's rewrites, which must stay inside the instance; a /de/… asked for from outside
// redirects to the unprefixed address (docs/architecture.md, "Languages").

// As deployed: `next start --hostname 127.0.0.1`, behind nginx with the public Host.
const INSTANCE = "http://127.0.0.1:3001";
const PUBLIC_HOST = { host: "portal.region-trier.example", "x-forwarded-proto": "https" };

async function answer(pathAndQuery: string) {
  return proxy(new NextRequest(new URL(`${INSTANCE}${pathAndQuery}`), { headers: PUBLIC_HOST }));
}

describe("proxy rewrites", () => {
  // What `skipProxyUrlNormalize: true` makes the build do (next.config.ts): request.url is the
  // address as the instance received it. Without it, NextRequest turns 127.0.0.1 into "localhost".
  beforeEach(() => vi.stubEnv("__NEXT_NO_MIDDLEWARE_URL_NORMALIZE", "1"));
  afterEach(() => vi.unstubAllEnvs());

  it("are built on the instance's own address, which next.config.ts hands the proxy unchanged", async () => {
    expect(nextConfig.skipProxyUrlNormalize).toBe(true);
    for (const path of ["/foerderprogramme", "/foerderprogramme?foerderart=zuschuss", "/suche?q=digital", "/fr/foerderprogramme", "/impressum", "/foerder-check?a=1"]) {
      const rewrite = (await answer(path)).headers.get("x-middleware-rewrite");
      expect(rewrite, path).toBeTruthy();
      expect(new URL(rewrite!).origin, path).toBe(INSTANCE);
    }
  });

  it("keep a page's query but never the client navigations' _rsc parameter", async () => {
    const rewrite = new URL((await answer("/impressum?x=1&_rsc=abc")).headers.get("x-middleware-rewrite")!);
    expect(`${rewrite.pathname}${rewrite.search}`).toBe("/de/impressum?x=1");
    const withRsc = new URL((await answer("/foerder-check?frage=1&_rsc=abc")).headers.get("x-middleware-rewrite")!);
    const without = new URL((await answer("/foerder-check?frage=1")).headers.get("x-middleware-rewrite")!);
    expect(withRsc.pathname).toBe(without.pathname);
    const list = new URL((await answer("/foerderprogramme?foerderart=zuschuss&_rsc=abc")).headers.get("x-middleware-rewrite")!);
    expect(decodeListKey(list.pathname.split("/").at(-1)!)).toEqual({ foerderart: ["zuschuss"] });
  });
});

describe("a visible /de/… address", () => {
  it("redirects (308) to the unprefixed German address, query kept", async () => {
    for (const [from, to] of [
      ["/de/foerderprogramme?foerderart=zuschuss", "/foerderprogramme?foerderart=zuschuss"],
      ["/de/suche?q=digital&_rsc=abc", "/suche?q=digital"],
      ["/de", "/"],
      ["/de/redaktion", "/redaktion"],
    ]) {
      const response = await answer(from!);
      expect(response.status, from).toBe(308);
      const location = new URL(response.headers.get("location")!);
      expect(`${location.pathname}${location.search}`, from).toBe(to);
    }
  });

  it("is not where French and English pages or unprefixed German ones go", async () => {
    for (const path of ["/fr/foerderprogramme", "/en/impressum", "/foerderprogramme", "/impressum"]) {
      expect((await answer(path)).status, path).toBe(200);
    }
  });
});
