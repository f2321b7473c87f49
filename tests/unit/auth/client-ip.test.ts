import { describe, expect, it } from "vitest";
import { clientIpFrom, UNKNOWN_CLIENT } from "@/lib/auth/client-ip";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientIpFrom", () => {
  it("without trusted proxies ignores every forwarded header: all clients share one key", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(headers({ "x-real-ip": "203.0.113.7" }), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(headers({}), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("behind one proxy takes the entry that proxy appended (the last), not what the client sent", () => {
    // nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; the client forged the first two.
    expect(clientIpFrom(headers({ "x-forwarded-for": "1.2.3.4, 5.6.7.8, 198.51.100.9" }), 1)).toBe("198.51.100.9");
    expect(clientIpFrom(headers({ "x-forwarded-for": "198.51.100.9" }), 1)).toBe("198.51.100.9");
  });

  it("rotating the forged part does not change the key", () => {
    const a = clientIpFrom(headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.9" }), 1);
    const b = clientIpFrom(headers({ "x-forwarded-for": "10.0.0.2, 198.51.100.9" }), 1);
    expect(a).toBe(b);
  });

  it("behind two proxies takes the second entry from the right", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.9, 10.0.0.5" }), 2)).toBe("198.51.100.9");
  });

  it("with fewer entries than proxies takes the leftmost (every entry came from a proxy) and copes with repeated headers and spaces", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": " 198.51.100.9 " }), 2)).toBe("198.51.100.9");
    const h = new Headers();
    h.append("x-forwarded-for", "1.2.3.4");
    h.append("x-forwarded-for", "198.51.100.9");
    expect(clientIpFrom(h, 1)).toBe("198.51.100.9");
  });

  it("a proxy that sends no address gives the shared key, never a client-chosen one", () => {
    expect(clientIpFrom(headers({}), 1)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(headers({ "x-forwarded-for": " , " }), 1)).toBe(UNKNOWN_CLIENT);
  });
});
