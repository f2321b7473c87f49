import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, keysetPage } from "@/lib/open-data/cursor";
import { etagOf, isNotModified } from "@/lib/open-data/http";

const entries = ["c3", "a1", "b2", "d4", "e5"].map((id) => ({ id }));

describe("keyset cursor", () => {
  it("pages in id order and ends with a null cursor", () => {
    const first = keysetPage(entries, null, 2);
    expect(first.items.map((e) => e.id)).toEqual(["a1", "b2"]);
    const second = keysetPage(entries, decodeCursor(first.nextCursor!), 2);
    expect(second.items.map((e) => e.id)).toEqual(["c3", "d4"]);
    const last = keysetPage(entries, decodeCursor(second.nextCursor!), 2);
    expect(last.items.map((e) => e.id)).toEqual(["e5"]);
    expect(last.nextCursor).toBeNull();
  });

  it("continues after the cursor's id even when that entry is gone or others were added before it", () => {
    const changed = [{ id: "a0" }, { id: "c3" }, { id: "d4" }, { id: "e5" }];
    expect(keysetPage(changed, "b2", 10).items.map((e) => e.id)).toEqual(["c3", "d4", "e5"]);
  });

  it("decodes only its own cursors", () => {
    expect(decodeCursor(encodeCursor("abc"))).toBe("abc");
    for (const bad of ["", "kaputt", Buffer.from('{"v":2,"after":"x"}').toString("base64url"), Buffer.from('{"v":1,"after":""}').toString("base64url")]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});

describe("conditional requests", () => {
  const etag = etagOf('{"a":1}');
  const modified = new Date("2026-12-06T10:00:00.500Z");
  const request = (headers: Record<string, string>) => new Request("http://localhost/api/v1/topics", { headers });

  it("matches If-None-Match strongly, weakly, in a list and with *", () => {
    expect(isNotModified(request({ "If-None-Match": etag }), etag, modified)).toBe(true);
    expect(isNotModified(request({ "If-None-Match": `"x", W/${etag}` }), etag, modified)).toBe(true);
    expect(isNotModified(request({ "If-None-Match": "*" }), etag, modified)).toBe(true);
    expect(isNotModified(request({ "If-None-Match": '"other"' }), etag, modified)).toBe(false);
  });

  it("lets If-None-Match win over If-Modified-Since, which counts to the second", () => {
    const since = modified.toUTCString();
    expect(isNotModified(request({ "If-Modified-Since": since }), etag, modified)).toBe(true);
    expect(isNotModified(request({ "If-Modified-Since": new Date("2026-12-06T09:59:59Z").toUTCString() }), etag, modified)).toBe(false);
    expect(isNotModified(request({ "If-None-Match": '"other"', "If-Modified-Since": since }), etag, modified)).toBe(false);
    expect(isNotModified(request({ "If-Modified-Since": "kein Datum" }), etag, modified)).toBe(false);
  });
});
