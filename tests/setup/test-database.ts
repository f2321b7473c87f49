import { withDatabase } from "../../scripts/lib/database.mjs";

/**
 * The integration tests' database: TEST_DATABASE_URL if given, else `regiontrier_test`
 * on the server named by DATABASE_URL (only its server and credentials are used).
 */
export const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_test");
