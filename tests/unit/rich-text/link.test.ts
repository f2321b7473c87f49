import { describe, expect, it } from "vitest";
import { normalizeLinkTarget } from "@/lib/rich-text/link";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";

describe("normalizeLinkTarget", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["  http://example.org  ", "http://example.org/"],
    ["mailto:info@example.org", "mailto:info@example.org"],
    ["info@example.org", "mailto:info@example.org"],
    ["www.example.org/seite", "https://www.example.org/seite"],
  ])("accepts %j as %j", (raw, href) => {
    expect(normalizeLinkTarget(raw)).toBe(href);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "ftp://example.org",
    "//example.org",
    "/relative/path",
    "example",
    "https:example.org",
    "https://localhost",
    "mailto:",
    "https://exa mple.org",
    "",
    null,
    undefined,
  ])("refuses %j", (raw) => {
    expect(normalizeLinkTarget(raw)).toBeNull();
  });

  it("accepts only what the sanitizer keeps as a link", () => {
    for (const raw of ["https://example.org/x", "mailto:a@example.org", "www.example.org"]) {
      const href = normalizeLinkTarget(raw)!;
      expect(sanitizeRichText(`<p><a href="${href}">x</a></p>`)).toContain(`href="${href}"`);
    }
  });
});
