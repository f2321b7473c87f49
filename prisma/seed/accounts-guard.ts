import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * Whether the seed may write the demo accounts (admin@regiontrier.example … with the public demo
 * password): only into a database that `npm run demo` or a test run prepared and marked
 * (scripts/lib/database.mjs, markDemoDatabase), never under NODE_ENV=production or with
 * DEMO_ACCOUNTS=never. Anywhere else a seed run would reset a real admin's password.
 */
export async function demoAccountsRefusal(db: Db): Promise<string | null> {
  if (env.NODE_ENV === "production") return "NODE_ENV=production";
  if (env.DEMO_ACCOUNTS === "never") return "DEMO_ACCOUNTS=never";
  const marked = await db.databaseMarker.findUnique({ where: { name: "demo" }, select: { name: true } });
  return marked ? null : "the database is not marked as a demo database (npm run demo and the test runs mark theirs)";
}
