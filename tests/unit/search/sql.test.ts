import { describe, expect, it } from "vitest";
import { joinSql, sql, trustedSql } from "@/lib/search/postgres/sql";
import { anyTsquerySql, clauseTsquerySqls } from "@/lib/search/postgres/tsquery";
import { buildClauses } from "@/lib/search/query/clauses";
import { parseQueryText } from "@/lib/search/query/parse";

describe("sql tagged template", () => {
  it("binds every value as a parameter and splices nested fragments", () => {
    const inner = sql`b = ${2}`;
    const query = sql`SELECT * FROM t WHERE a = ${"x'; DROP TABLE t; --"} AND ${inner} AND c IN (${joinSql([sql`${3}`, sql`${4}`], ", ")})`;
    expect(query.strings.join("?")).toBe("SELECT * FROM t WHERE a = ? AND b = ? AND c IN (?, ?)");
    expect(query.values).toEqual(["x'; DROP TABLE t; --", 2, 3, 4]);
    expect(sql`${trustedSql("ORDER BY id")}`.values).toEqual([]);
  });

  it("builds tsqueries from parameters only; prefix terms only for plain words", () => {
    const clauses = buildClauses(parseQueryText("IT-Sicherheit Förd"), []);
    expect(clauseTsquerySqls(clauses)).toHaveLength(2);
    const query = anyTsquerySql(clauses)!;
    expect(query.values).toEqual(["it-sicherheit", "förd", "'förd':*", "foerd", "'foerd':*"]);
    expect(query.strings.join("?")).not.toMatch(/förd|sicherheit/);
    expect(anyTsquerySql([])).toBeNull();
  });
});
