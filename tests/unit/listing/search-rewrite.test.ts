import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { decodeListKey } from "@/lib/listing/canonical";
import { proxy } from "@/proxy";

// Text searches are cached like filter views: proxy.ts rewrites them to <list>/treffer/<key> and
// /suche to /suche/treffer/<key>, so the same search in any spelling of its URL is one cache entry.
// German pages live under app/[locale] as /de/… (docs/architecture.md, "Languages").
async function rewriteOf(pathAndQuery: string): Promise<{ path: string; params: ReturnType<typeof decodeListKey> } | null> {
  const rewrite = (await proxy(new NextRequest(new URL(`http://localhost${pathAndQuery}`)))).headers.get("x-middleware-rewrite");
  if (!rewrite) return null;
  const { pathname } = new URL(rewrite);
  return { path: pathname.slice(0, pathname.lastIndexOf("/")), params: decodeListKey(pathname.split("/").at(-1)!) };
}

describe("proxy rewrites of text searches", () => {
  it("send a list's text search to its treffer route with the cleaned text and the known filters", async () => {
    const a = await rewriteOf("/foerderprogramme?q=%20KI%20%20Beratung&gebiet=vulkaneifel&utm_source=mail&seite=1");
    expect(a).toEqual({ path: "/de/foerderprogramme/treffer", params: { gebiet: ["vulkaneifel"], q: ["KI Beratung"] } });
    const b = await rewriteOf("/foerderprogramme?gebiet=vulkaneifel&q=KI+Beratung");
    expect(b).toEqual(a);
  });

  it("keep filter-only URLs (and an empty text box) on the ansicht route", async () => {
    expect(await rewriteOf("/berater?q=&thema=ki-innovation")).toEqual({ path: "/de/berater/ansicht", params: { thema: ["ki-innovation"] } });
    expect((await rewriteOf("/dienstleister?q=webshop"))?.path).toBe("/de/dienstleister/treffer");
  });

  it("send /suche to its treffer route with only the page's parameters, defaults dropped", async () => {
    const a = await rewriteOf("/suche?typ=foerderprogramme&q=digital&sortierung=relevanz&fbclid=x&limit=5&status=offen");
    expect(a).toEqual({ path: "/de/suche/treffer", params: { q: ["digital"], status: ["offen"], typ: ["foerderprogramme"] } });
    expect(await rewriteOf("/suche")).toEqual({ path: "/de/suche/treffer", params: {} });
  });

  it("leave queries too long for a key to the page rendered per request", async () => {
    const long = Array.from({ length: 5 }, (_, i) => `gebiet=${String(i).repeat(400)}`).join("&");
    const rewrite = (await proxy(new NextRequest(new URL(`http://localhost/foerderprogramme?q=ki&${long}`)))).headers.get("x-middleware-rewrite");
    expect(new URL(rewrite!).pathname).toBe("/de/foerderprogramme");
  });

  it("keep a French or English list's prefix on its cached route", async () => {
    expect(await rewriteOf("/fr/berater?thema=ki-innovation")).toEqual({ path: "/fr/berater/ansicht", params: { thema: ["ki-innovation"] } });
    expect(await rewriteOf("/en/suche?q=digital")).toEqual({ path: "/en/suche/treffer", params: { q: ["digital"] } });
  });
});
