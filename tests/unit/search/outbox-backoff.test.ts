import { describe, expect, it } from "vitest";
import { BACKOFF_CAP_MS, backoffDelay } from "@/lib/search/outbox/backoff";
import { describeError } from "@/lib/search/outbox/redact";
import { parseDocumentId } from "@/lib/search/outbox/enqueue";

describe("backoffDelay", () => {
  it("doubles per attempt between half and all of the exponential delay", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0))).toEqual([2_500, 5_000, 10_000, 20_000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 1))).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it("never exceeds the cap, even after very many attempts", () => {
    for (const attempts of [8, 9, 20, 5000]) {
      expect(backoffDelay(attempts, () => 1)).toBe(BACKOFF_CAP_MS);
      expect(backoffDelay(attempts, () => 0)).toBe(BACKOFF_CAP_MS / 2);
    }
  });
});

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
