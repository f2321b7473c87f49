import { describe, expect, it } from "vitest";
import { z } from "zod";
import messages from "@/messages/de/editorBulk.json";
import { allowedBulkActions, BULK_LIMIT, bulkRequestSchema, entryValue, filtersOf } from "@/lib/content/bulk-request";

const parse = (values: Record<string, unknown>) => bulkRequestSchema.safeParse({ scope: "selected", filters: "", ...values });
const messagesOf = (result: ReturnType<typeof parse>) => (result.success ? [] : result.error.issues.map((issue) => issue.message));

describe("the bulk form's request", () => {
  it("reads the checked rows as id and version, one or many", () => {
    const one = parse({ bulkAction: "publish", entries: entryValue("abc123", 4) });
    expect(one.success && one.data.entries).toEqual([{ id: "abc123", version: 4 }]);
    const many = parse({ bulkAction: "verify", entries: [entryValue("a", 1), entryValue("b-_2", 12)] });
    expect(many.success && many.data.entries).toEqual([
      { id: "a", version: 1 },
      { id: "b-_2", version: 12 },
    ]);
  });

  it("asks for an action, a known scope and at least one row unless the whole list is meant", () => {
    expect(messagesOf(parse({ entries: entryValue("a", 1) }))).toEqual(["editorBulk.errors.chooseAction"]);
    expect(messagesOf(parse({ bulkAction: "unpublish", entries: entryValue("a", 1) }))).toEqual(["editorBulk.errors.chooseAction"]);
    expect(messagesOf(parse({ bulkAction: "publish", scope: "everything", entries: entryValue("a", 1) }))).toEqual(["validation.invalidOption"]);
    expect(messagesOf(parse({ bulkAction: "publish" }))).toEqual(["editorBulk.errors.noneSelected"]);
    expect(parse({ bulkAction: "publish", scope: "all" }).success).toBe(true);
  });

  it("refuses malformed rows and more than the limit", () => {
    for (const bad of ["a", "a:0", "a:-1", "a b:1", "a:1:2", `${"x".repeat(65)}:1`]) {
      expect(messagesOf(parse({ bulkAction: "publish", entries: [bad] })), bad).toEqual(["validation.invalidOption"]);
    }
    const rows = (n: number) => Array.from({ length: n }, (_, i) => entryValue(`e${i}`, 1));
    expect(parse({ bulkAction: "publish", entries: rows(BULK_LIMIT) }).success).toBe(true);
    const tooMany = parse({ bulkAction: "publish", entries: rows(BULK_LIMIT + 1) });
    expect(messagesOf(tooMany)).toEqual(["editorBulk.errors.tooManySelected"]);
    expect(z.flattenError(tooMany.error!).fieldErrors).toHaveProperty("entries");
    // The catalogue names the same limit as the code.
    expect(messages.errors.tooManySelected).toContain(String(BULK_LIMIT));
  });

  it("turns the list's query string back into search params, repeated keys as lists", () => {
    expect(filtersOf("q=Digital&status=DRAFT&frist=30")).toEqual({ q: "Digital", status: "DRAFT", frist: "30" });
    expect(filtersOf("gebiet=a&gebiet=b")).toEqual({ gebiet: ["a", "b"] });
    expect(filtersOf("")).toEqual({});
  });
});

describe("the bulk actions a role is offered", () => {
  it("follows the role table", () => {
    expect(allowedBulkActions({ role: "EDITOR" }, "programme")).toEqual(["submit", "publish", "archive", "verify"]);
    expect(allowedBulkActions({ role: "ADMIN" }, "provider")).toEqual(["submit", "publish", "archive", "verify"]);
    expect(allowedBulkActions({ role: "ADVISOR" }, "advisor")).toEqual([]);
    expect(allowedBulkActions(null, "programme")).toEqual([]);
  });

  it("has a German text for every action, summary line and refusal reason", () => {
    for (const action of ["submit", "publish", "archive", "verify"] as const) {
      expect(messages.actions[action]).toBeTruthy();
      expect(messages.summary.done[action]).toContain("{count}");
    }
    expect(Object.keys(messages.reasons).sort()).toEqual(["conflict", "failed", "forbidden", "incomplete", "invalid", "lookalikes", "notAllowed", "notFound"]);
  });
});
