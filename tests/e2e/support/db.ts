import pg from "pg";
import { withDatabase } from "../../../scripts/lib/database.mjs";

// The database the e2e server runs on (the same default as playwright.config.ts), for arranging
// data a test needs (a throwaway account) and for checking what a step wrote.
const url = process.env.E2E_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_e2e");

export async function e2eQuery<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
