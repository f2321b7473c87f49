import type { Prisma } from "@/lib/db/client";
import type { SqlSession } from "@/lib/db/sql-session";
import type { SearchClient } from "../client";

// A tiny composable tagged template for raw SQL, used because lib/db/client exports Prisma's `sql`
// helpers only as types. Every interpolated value becomes a bound parameter; nested fragments are
// spliced in. Only `trustedSql` inserts text, and it is only called with constants from this code.

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): Sql {
  const outStrings: string[] = [strings[0] ?? ""];
  const outValues: unknown[] = [];
  values.forEach((value, i) => {
    const next = strings[i + 1] ?? "";
    if (value instanceof Sql) {
      outStrings[outStrings.length - 1] += value.strings[0] ?? "";
      value.values.forEach((inner, j) => {
        outValues.push(inner);
        outStrings.push(value.strings[j + 1] ?? "");
      });
      outStrings[outStrings.length - 1] += next;
    } else {
      outValues.push(value);
      outStrings.push(next);
    }
  });
  return new Sql(outStrings, outValues);
}

/** Inserts `text` verbatim: identifiers and keywords chosen by this code, never request data. */
export function trustedSql(text: string): Sql {
  return new Sql([text], []);
}

export const emptySql = new Sql([""], []);

export function joinSql(parts: readonly Sql[], separator: string): Sql {
  if (parts.length === 0) return emptySql;
  const strings = ["", ...parts.slice(1).map(() => separator), ""];
  return sql(strings, ...parts);
}

/** Runs the query through Prisma's own $queryRaw (parameters bound by the driver). */
export function queryRows<T>(client: SearchClient, query: Sql): Prisma.PrismaPromise<T[]> {
  const template = Object.assign([...query.strings], { raw: [...query.strings] });
  return client.$queryRaw<T[]>(template as unknown as TemplateStringsArray, ...query.values);
}

export function executeSql(client: SearchClient, query: Sql): Prisma.PrismaPromise<number> {
  const template = Object.assign([...query.strings], { raw: [...query.strings] });
  return client.$executeRaw(template as unknown as TemplateStringsArray, ...query.values);
}

/** The statement as driver text with numbered parameters ($1 … $n). */
export function toParameterizedText(query: Sql): string {
  return query.strings.reduce((text, part, i) => (i === 0 ? part : `${text}$${i}${part}`), "");
}

/** Where a search's statements run: one driver session of the app, or Prisma (inside a caller's transaction). */
export interface SqlRunner {
  rows<T>(query: Sql): Promise<T[]>;
}

export const prismaRunner = (client: SearchClient): SqlRunner => ({ rows: (query) => queryRows(client, query) });

export const sessionRunner = (session: SqlSession): SqlRunner => ({ rows: (query) => session.query(toParameterizedText(query), query.values) });
