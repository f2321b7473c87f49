import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markDemoDatabase } from "../../../scripts/lib/database.mjs";
import { createDatabase, dropDatabase, expectSuccess, query, runMigrations, runSeed, uniqueDatabase } from "./helpers";

// The demo accounts carry a public password: the seed writes them only into a database marked as
// demo, and never with NODE_ENV=production or DEMO_ACCOUNTS=never.
const database = uniqueDatabase("guard");
const url = database.url;
const ADMIN = "admin@regiontrier.example";
// Stands for the real admin's own password hash in a production database.
const OWN_HASH = "$2b$12$abcdefghijklmnopqrstuu0123456789abcdefghijklmnopqrstu";

const demoUsers = async () => (await query<{ email: string }>(url, `SELECT email FROM "User" WHERE email LIKE '%@regiontrier.example'`)).map((u) => u.email);
const adminHash = async () => (await query<{ passwordHash: string }>(url, `SELECT "passwordHash" FROM "User" WHERE email = $1`, [ADMIN]))[0]?.passwordHash;

beforeAll(async () => {
  await createDatabase(database.name);
  await expectSuccess(runMigrations(url), "migrate deploy");
  await query(url, `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ('own-admin', $1, 'Admin', 'ADMIN', $2, now())`, [ADMIN, OWN_HASH]);
}, 240_000);

afterAll(async () => {
  await dropDatabase(database.name);
});

describe("demo accounts only in a demo database", () => {
  it("an unmarked database keeps its admin's password; the seed says why it skipped the accounts", async () => {
    const run = await runSeed(url);
    expect(run.code).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/demo accounts/i);
    expect(await adminHash()).toBe(OWN_HASH);
    expect(await demoUsers()).toEqual([ADMIN]);
  }, 200_000);

  it("a marked database gets no demo accounts under NODE_ENV=production or DEMO_ACCOUNTS=never", async () => {
    await markDemoDatabase(url);
    const refusing: Record<string, string>[] = [{ NODE_ENV: "production" }, { DEMO_ACCOUNTS: "never" }];
    for (const env of refusing) {
      const run = await runSeed(url, [], env);
      expect(run.code).toBe(0);
      expect(await adminHash()).toBe(OWN_HASH);
    }
  }, 400_000);

  it("a marked database gets the demo accounts", async () => {
    await expectSuccess(runSeed(url), "seed of the marked database");
    expect(await adminHash()).not.toBe(OWN_HASH);
    expect((await demoUsers()).length).toBe(4);
  }, 200_000);

  it("marking refuses a production environment", async () => {
    await expect(markDemoDatabase(url, { NODE_ENV: "production" })).rejects.toThrow(/production/);
  });
});
