import { describe, expect, it } from "vitest";
import { organisationCreateSchema, organisationUpdateSchema } from "@/lib/organisation/schema";
import { normalizeTerm, synonymCreateSchema, topicUpdateSchema } from "@/lib/taxonomy/schema";

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("organisation schema", () => {
  it("accepts an empty slug and refuses malformed ones, URLs other than http(s) and unknown kinds", () => {
    expect(organisationCreateSchema.parse({ name: " IHK ", kind: "KAMMER", slug: "" })).toMatchObject({ name: "IHK", slug: null, website: null, shortName: null });
    const bad = organisationCreateSchema.safeParse({ name: "", kind: "SEKTE", slug: "Mit Leerzeichen", website: "javascript:alert(1)" });
    expect(fieldErrors(bad)).toEqual({ name: "validation.required", kind: "validation.invalidOption", slug: "validation.slug", website: "validation.url" });
  });

  it("needs the lock token on update", () => {
    expect(fieldErrors(organisationUpdateSchema.safeParse({ id: "x", name: "A", kind: "KAMMER" }))).toHaveProperty("version");
  });
});

describe("synonym terms", () => {
  it("normalises to lowercase, single spaces and distinct terms", () => {
    expect(normalizeTerm("  Künstliche   Intelligenz ")).toBe("künstliche intelligenz");
    expect(synonymCreateSchema.parse({ terms: "KI\nKünstliche  Intelligenz, ki\n\n" }).terms).toEqual(["ki", "künstliche intelligenz"]);
  });

  it("needs two distinct terms of at most 60 characters", () => {
    expect(fieldErrors(synonymCreateSchema.safeParse({ terms: "KI\nki" }))).toEqual({ terms: "taxonomy.twoTerms" });
    expect(fieldErrors(synonymCreateSchema.safeParse({ terms: "" }))).toEqual({ terms: "taxonomy.twoTerms" });
    expect(fieldErrors(synonymCreateSchema.safeParse({ terms: `ki\n${"a".repeat(61)}` }))).toEqual({ terms: "taxonomy.termTooLong" });
    expect(synonymCreateSchema.safeParse({ terms: `ki\n${"a".repeat(60)}` }).success).toBe(true);
  });
});

describe("topic schema", () => {
  it("validates the order as a whole number from 0 to 999", () => {
    const base = { id: "t", name: "Gesundheit", description: "Text", version: "5" };
    expect(topicUpdateSchema.parse({ ...base, sortOrder: " 7 " }).sortOrder).toBe(7);
    expect(fieldErrors(topicUpdateSchema.safeParse({ ...base, sortOrder: "1000" }))).toEqual({ sortOrder: "validation.numberRange" });
    expect(fieldErrors(topicUpdateSchema.safeParse({ ...base, sortOrder: "2,5" }))).toEqual({ sortOrder: "validation.number" });
  });
});
