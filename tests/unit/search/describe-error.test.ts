import { describe, expect, it } from "vitest";
import { describeError } from "@/lib/search/describe-error";
import { parseDocumentId } from "@/lib/search/documents/shared";


describe("describeError", () => {
  it("removes e-mail addresses, credentials and secrets", () => {
    const text = describeError(
      new Error(
        'Unique constraint failed for anna.beispiel+x@hwk-trier.de; url postgresql://app:pa55@db.internal:5432/x; Authorization: Bearer abc.def; {"apiKey": "k-123"} token=t0k',
      ),
    );
    expect(text).toContain("Unique constraint failed");
    for (const secret of ["anna", "hwk-trier", "pa55", "abc.def", "k-123", "t0k"]) expect(text).not.toContain(secret);
    expect(text).toContain("postgresql://<credentials>@db.internal");
  });

  it("keeps one bounded line", () => {
    const text = describeError(new Error(`a\nb ${"x".repeat(2000)}`));
    expect(text).not.toContain("\n");
    expect(text.length).toBeLessThanOrEqual(500);
    expect(describeError("plain")).toBe("plain");
  });
});

describe("parseDocumentId", () => {
  it("accepts only the three document types with an entity id", () => {
    expect(parseDocumentId("advisor:abc")).toEqual({ type: "advisor", entityId: "abc" });
    expect(parseDocumentId("provider:a:b")).toEqual({ type: "provider", entityId: "a:b" });
    for (const bad of ["advisor:", ":abc", "user:abc", "programme", ""]) expect(parseDocumentId(bad)).toBeNull();
  });
});
