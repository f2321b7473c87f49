import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PAGE_LOCALE_HEADER } from "@/lib/i18n/config";
import { proxy } from "@/proxy";

// Public forms answer in the language of the page they were sent from (issue 20): a server action
// posts to that page's own address, proxy.ts writes the address's locale into a request header that
// a client cannot set, and the actions redirect and format their texts with it.
const requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale }: { locale: string }) => (key: string, values: { time: string }) => `${locale}:${key}:${values.time}`,
}));

const { actionLocale, actionTimeText, redirectLocalized } = await import("@/lib/i18n/action-locale");

/** The request headers proxy.ts hands on to the page or action (Next's override headers). */
async function forwardedLocale(method: string, path: string, sent?: string): Promise<string | null | undefined> {
  const headers = new Headers({ origin: "http://localhost", host: "localhost", ...(sent ? { [PAGE_LOCALE_HEADER]: sent } : {}) });
  const response = await proxy(new NextRequest(new URL(`http://localhost${path}`), { method, headers, body: method === "POST" ? "x=1" : undefined }));
  const overridden = response.headers.get("x-middleware-override-headers")?.split(",") ?? [];
  if (!overridden.length) return undefined;
  return overridden.includes(PAGE_LOCALE_HEADER) ? response.headers.get(`x-middleware-request-${PAGE_LOCALE_HEADER}`) : null;
}

describe("the locale of the page a form was posted from", () => {
  it("is the address's prefix, German without one, for every post", async () => {
    expect(await forwardedLocale("POST", "/fr/barrierefreiheit")).toBe("fr");
    expect(await forwardedLocale("POST", "/en/dienstleister/eintragen")).toBe("en");
    expect(await forwardedLocale("POST", "/barrierefreiheit")).toBe("de");
    // (/de/… redirects to the unprefixed address before any page or action runs.)
    expect(await forwardedLocale("POST", "/benachrichtigungen/neu")).toBe("de");
    // The areas with a per-request Content Security Policy pass their own request headers on.
    expect(await forwardedLocale("POST", "/anmelden")).toBe("de");
  });

  it("is never what a client sends", async () => {
    expect(await forwardedLocale("POST", "/barrierefreiheit", "fr")).toBe("de");
    expect(await forwardedLocale("POST", "/en/barrierefreiheit", "fr")).toBe("en");
    // GET runs no action: nothing is added, and a header sent along is dropped.
    expect(await forwardedLocale("GET", "/fr/barrierefreiheit")).toBeUndefined();
    expect(await forwardedLocale("GET", "/fr/barrierefreiheit", "en")).toBeNull();
  });
});

describe("actions in the posting page's locale", () => {
  beforeEach(() => requestHeaders.delete(PAGE_LOCALE_HEADER));

  it("read the header, German when it is missing or unknown", async () => {
    expect(await actionLocale()).toBe("de");
    requestHeaders.set(PAGE_LOCALE_HEADER, "fr");
    expect(await actionLocale()).toBe("fr");
    requestHeaders.set(PAGE_LOCALE_HEADER, "xx");
    expect(await actionLocale()).toBe("de");
  });

  it("redirect to the localized address of a German path", async () => {
    requestHeaders.set(PAGE_LOCALE_HEADER, "fr");
    await expect(redirectLocalized("/barrierefreiheit/danke")).rejects.toMatchObject({ url: "/fr/barrierefreiheit/danke" });
    requestHeaders.set(PAGE_LOCALE_HEADER, "en");
    await expect(redirectLocalized("/benachrichtigungen/verwalten/abc?geloescht=1")).rejects.toMatchObject({ url: "/en/benachrichtigungen/verwalten/abc?geloescht=1" });
    requestHeaders.delete(PAGE_LOCALE_HEADER);
    await expect(redirectLocalized("/dienstleister/eintragen/danke")).rejects.toMatchObject({ url: "/dienstleister/eintragen/danke" });
  });

  it("format a message's time in the page's language", async () => {
    requestHeaders.set(PAGE_LOCALE_HEADER, "en");
    const text = await actionTimeText("legal.feedback.rateLimited", new Date("2026-12-06T13:30:00Z"));
    expect(text).toMatch(/^en:legal\.feedback\.rateLimited:06\/12\/2026/);
  });
});
