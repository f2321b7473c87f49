import { describe, expect, it } from "vitest";
import { afterSignInPath, landingPath } from "@/lib/auth/landing";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it.each(["/redaktion/foerderprogramme?status=DRAFT", "/konto", "/"])("keeps the same-site path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.com",
    "//evil.com/redaktion",
    "https://evil.com/",
    "http://localhost/x",
    "/\\evil.com",
    "\\\\evil.com",
    "/\t/evil.com",
    "/\n/evil.com",
    "javascript:alert(1)",
    "redaktion",
    "",
    null,
    undefined,
  ])("rejects %j", (path) => {
    expect(safeReturnPath(path)).toBe("/redaktion");
    expect(safeReturnPath(path, "/konto")).toBe("/konto");
  });
});

describe("landing after sign-in", () => {
  it("sends editors to /redaktion and advisors and providers to /konto", () => {
    expect(landingPath("ADMIN")).toBe("/redaktion");
    expect(landingPath("EDITOR")).toBe("/redaktion");
    expect(landingPath("ADVISOR")).toBe("/mein-profil");
    expect(landingPath("PROVIDER")).toBe("/mein-profil");
  });

  it("prefers a safe return path", () => {
    expect(afterSignInPath("EDITOR", "/redaktion/berater")).toBe("/redaktion/berater");
    expect(afterSignInPath("ADVISOR", "//evil.com")).toBe("/mein-profil");
  });
});

describe("afterSignInPath", () => {
  it("never returns to the sign-in page itself", () => {
    expect(afterSignInPath("EDITOR", "/anmelden")).toBe("/redaktion");
    expect(afterSignInPath("PROVIDER", "/anmelden?abgemeldet=1")).toBe("/mein-profil");
  });
});

describe("safeReturnPath with non-ASCII paths", () => {
  it.each([
    ["/förderprogramme?q=süß", "/f%C3%B6rderprogramme?q=s%C3%BC%C3%9F"],
    ["/суче", "/%D1%81%D1%83%D1%87%D0%B5"],
    ["/redaktion/\u202Eevil", "/redaktion/%E2%80%AEevil"],
  ])("percent-encodes %j so the Location header stays ASCII", (path, expected) => {
    expect(safeReturnPath(path)).toBe(expected);
  });
});
