import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  NONCE_AREAS,
  staticPolicySource,
  usesNonce,
} from "@/lib/security/content-security-policy";

function directive(policy: string, name: string): string {
  const found = policy.split("; ").find((part) => part.startsWith(`${name} `));
  if (!found) throw new Error(`no ${name} in ${policy}`);
  return found;
}

// The regular expression inside the path-to-regexp parameter, applied as Next applies it to a
// path (anchored, after the leading slash).
function staticPolicyApplies(pathname: string): boolean {
  const source = staticPolicySource();
  const match = /^\/:path\((.*)\)$/.exec(source);
  if (!match) throw new Error(`unexpected source ${source}`);
  return new RegExp(`^/(?:${match[1]})$`).test(pathname);
}

describe("content security policy", () => {
  it("with a nonce allows scripts by nonce only, without 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", development: false });
    const scripts = directive(policy, "script-src");
    expect(scripts).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
  });

  it("allows eval in development only", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy({ development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy({ development: false }), "script-src")).not.toContain("'unsafe-eval'");
  });

  it("without a nonce is the static policy for cached pages", () => {
    const policy = contentSecurityPolicy({ development: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain("nonce-");
  });

  it("keeps the same restrictions apart from scripts in both variants", () => {
    const strict = contentSecurityPolicy({ nonce: "n", development: false }).split("; ");
    const loose = contentSecurityPolicy({ development: false }).split("; ");
    const withoutScripts = (parts: string[]) => parts.filter((part) => !part.startsWith("script-src "));
    expect(withoutScripts(strict)).toEqual(withoutScripts(loose));
    for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(strict).toContain(part);
    }
    // No nonce in style-src: it would switch off the 'unsafe-inline' that style attributes need.
    expect(directive(strict.join("; "), "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });
});

describe("nonce areas", () => {
  it("cover the areas rendered per request, and below them", () => {
    for (const path of [
      "/anmelden", "/passwort-vergessen", "/passwort-neu/abc", "/einladung/abc", "/redaktion", "/redaktion/foerderprogramme/1", "/konto", "/mein-profil/x",
      // token pages from mailed links, in every language
      "/benachrichtigungen/verwalten/tok", "/fr/benachrichtigungen/verwalten/tok", "/en/benachrichtigungen/bestaetigen/tok",
      "/benachrichtigungen/abmelden/tok/bestaetigen", "/dienstleister/eintragen/bestaetigen/tok", "/fr/redaktion",
    ]) {
      expect(usesNonce(path), path).toBe(true);
    }
  });

  it("leave the cached public pages and look-alike paths alone", () => {
    for (const path of [
      "/", "/foerderprogramme", "/foerderprogramme/ansicht/abc", "/anmeldenx", "/redaktionell", "/suche", "/api/health",
      // the cached forms and thank-you pages beside the token pages
      "/benachrichtigungen/neu", "/benachrichtigungen/neu/danke", "/benachrichtigungen/abgemeldet", "/dienstleister/eintragen",
      "/dienstleister/eintragen/bestaetigt", "/fr/dienstleister/eintragen/danke", "/fr", "/french/redaktion",
    ]) {
      expect(usesNonce(path), path).toBe(false);
    }
  });

  it("are exactly the paths the static header leaves out, so no path gets two policies or none", () => {
    const paths = ["/", "/fr", "/en/", "/foerderprogramme", "/berater/abc", "/anmeldenx", "/redaktionell", "/api/health", "/gibt-es-nicht", "/fr/dienstleister/eintragen/bestaetigt"];
    for (const area of NONCE_AREAS) paths.push(area, `${area}/`, `${area}/x/y`, `/fr${area}`, `/en${area}/x`);
    for (const path of paths) expect(staticPolicyApplies(path), path).toBe(!usesNonce(path));
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(atob(nonce)).toHaveLength(16);
    }
  });
});
