import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "@/lib/import/limits";
import { MAX_LOGO_BYTES } from "@/lib/media/limits";
import { bodyLimitFor, DEFAULT_BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES, LOGO_BODY_LIMIT_BYTES } from "@/lib/security/body-limits";
import { guardRequest } from "@/lib/security/request-guard";

function post(path: string, headers: Record<string, string>) {
  const url = `http://localhost:3000${path}`;
  return guardRequest({ method: "POST", url, headers: new Headers({ host: "localhost:3000", ...headers }), nextUrl: { pathname: path } });
}

describe("body limits", () => {
  it("leave room for a maximal import file, and only the import gets that much", () => {
    expect(IMPORT_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_FILE_BYTES);
    expect(bodyLimitFor("/redaktion/import")).toBe(IMPORT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/anmelden")).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/redaktion/import/abc")).toBe(DEFAULT_BODY_LIMIT_BYTES);
  });

  it("leave room for a maximal logo on the logo pages only", () => {
    expect(LOGO_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_LOGO_BYTES);
    expect(bodyLimitFor("/redaktion/dienstleister/abc123/logo")).toBe(LOGO_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/mein-profil")).toBe(LOGO_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/mein-profil/anderes")).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/redaktion/dienstleister/abc123")).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/redaktion/dienstleister/a/b/logo")).toBe(DEFAULT_BODY_LIMIT_BYTES);
  });

  it("refuses a body beyond the path's limit with 413 and a German page", async () => {
    const response = post("/anmelden", { "content-length": String(DEFAULT_BODY_LIMIT_BYTES + 1) });
    expect(response?.status).toBe(413);
    expect(await response?.text()).toContain("Die gesendeten Daten sind zu groß");
    expect(post("/anmelden", { "content-length": String(DEFAULT_BODY_LIMIT_BYTES) })).toBeNull();
    expect(post("/redaktion/import", { "content-length": String(MAX_FILE_BYTES + 1000) })).toBeNull();
    expect(post("/redaktion/import", { "content-length": String(IMPORT_BODY_LIMIT_BYTES + 1) })?.status).toBe(413);
  });

  it("refuses a chunked body without length (411) and a malformed length (400)", () => {
    expect(post("/anmelden", { "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(post("/anmelden", { "content-length": "12abc" })?.status).toBe(400);
  });

  it("answers API paths with a problem document", async () => {
    const response = post("/api/v1/search", { "content-length": "99999999" });
    expect(response?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = await response?.json();
    expect(problem).toMatchObject({ status: 413, title: "Content Too Large" });
    // The limit is filled into the catalogue's text, not left as a placeholder.
    expect(problem.detail).not.toContain("{limit}");
    expect(problem.detail).toMatch(/\d/);
  });
});

describe("origin check", () => {
  it("refuses a post from another origin or from an opaque one with 403", () => {
    expect(post("/anmelden", { origin: "https://evil.example" })?.status).toBe(403);
    expect(post("/anmelden", { origin: "null" })?.status).toBe(403);
    expect(post("/anmelden", { origin: "http://localhost:3001" })?.status).toBe(403);
  });

  it("refuses in the language of the address", async () => {
    const french = post("/fr/dienstleister/eintragen", { origin: "https://evil.example" });
    expect(french?.headers.get("content-language")).toBe("fr");
    const frenchPage = (await french?.text()) ?? "";
    expect(frenchPage).toMatch(/^<!doctype html>\n<html lang="fr">/);
    // Its way on leads to the start page in the same language.
    expect(frenchPage).toContain('<a href="/fr">Aller à l&#39;accueil</a>');
    const english = post("/en/benachrichtigungen/neu", { origin: "https://evil.example" });
    expect(english?.headers.get("content-language")).toBe("en");
    expect(await english?.text()).toContain('<a href="/en">');
    const german = post("/dienstleister/eintragen", { origin: "https://evil.example" });
    const germanPage = (await german?.text()) ?? "";
    expect(germanPage).toContain('<html lang="de">');
    expect(germanPage).toContain('<a href="/">');
  });

  it("lets same-origin posts and posts without Origin through", () => {
    expect(post("/anmelden", { origin: "http://localhost:3000" })).toBeNull();
    expect(post("/anmelden", {})).toBeNull();
    expect(post("/anmelden", { origin: "https://portal.example", "x-forwarded-host": "portal.example" })).toBeNull();
  });
});

describe("path encoding", () => {
  it("refuses a path whose percent-encoding does not decode", () => {
    const path = "/foerderprogramme/%E0%A4%A";
    const response = guardRequest({ method: "GET", url: `http://localhost${path}`, headers: new Headers(), nextUrl: { pathname: path } });
    expect(response?.status).toBe(400);
  });

  it("refuses a query whose escapes are not UTF-8, and lets a lone percent sign through", async () => {
    const get = (url: string) => guardRequest({ method: "GET", url: `http://localhost${url}`, headers: new Headers(), nextUrl: { pathname: url.split("?")[0]! } });
    expect(get("/suche?q=%FF")?.status).toBe(400);
    expect(get("/foerderprogramme?q=M%FCnchen")?.status).toBe(400);
    const api = get("/api/v1/search?q=%C3%28");
    expect(api?.status).toBe(400);
    expect(api?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(get("/suche?q=M%C3%BCnchen")).toBeNull();
    expect(get("/suche?q=50%")).toBeNull();
    expect(get("/suche?q=50%25&seite=2")).toBeNull();
    expect(get("/suche?q=a+b#%FF")).toBeNull();
  });
});
