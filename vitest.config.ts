import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testDatabaseUrl } from "./tests/setup/test-database.ts";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Same as tsconfig's "@/*" path.
      { find: /^@\//, replacement: root },
      // lib/db/client.ts guards itself with `server-only`; tests are trusted server code.
      { find: /^server-only$/, replacement: `${root}tests/setup/server-only-noop.ts` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global-setup.ts"],
          // Applied to process.env in each worker before test files (and lib/env) load.
          env: { DATABASE_URL: testDatabaseUrl, NODE_ENV: "test" },
          // One shared database: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
