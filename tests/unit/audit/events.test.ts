import { describe, expect, it } from "vitest";
import { CONTENT_AUDIT_VERBS, type AuditAction } from "@/lib/audit/events";
import type { AuditEntry } from "@/lib/audit/record";
import { WORKFLOW } from "@/lib/content/workflow";

describe("audit events", () => {
  it("name every workflow transition's verb", () => {
    for (const rule of Object.values(WORKFLOW)) expect(CONTENT_AUDIT_VERBS).toContain(rule.auditVerb);
  });

  it("refuse a misspelled action at compile time (npm run typecheck checks these lines)", () => {
    const valid: AuditAction = "programme.published";
    // @ts-expect-error: "programme.publish" is a permission, not an event
    const misspelled: AuditAction = "programme.publish";
    // @ts-expect-error: no such entity type
    const entry: Pick<AuditEntry, "entityType"> = { entityType: "programm" };
    expect([valid, misspelled, entry.entityType]).toHaveLength(3);
  });
});
