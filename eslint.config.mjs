import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// One door to the database (docs/conventions.md, rule 1): only lib/db touches the generated client,
// and only domain modules (the content core lib/content among them), audit, search and health
// modules (plus seed and operator scripts) touch lib/db.
const DB_IMPORTERS = [
  "lib/db/**",
  "lib/programme/**",
  "lib/advisor/**",
  "lib/provider/**",
  "lib/event/**",
  "lib/initiative/**",
  "lib/news/**",
  "lib/organisation/**",
  "lib/content/**",
  "lib/taxonomy/**",
  "lib/user/**",
  "lib/audit/**",
  "lib/alerts/**",
  "lib/auth/**",
  "lib/rate-limit/**",
  "lib/import/**",
  "lib/freshness/**",
  "lib/start-page/**",
  "lib/sitemap/**",
  "lib/demo-notice/**",
  "lib/mail/**",
  "lib/account/**",
  "lib/revision/**",
  "lib/signup/**",
  "lib/security-log/**",
  "lib/search/**",
  "lib/health/**",
  "lib/jobs/**",
  "lib/open-data/**",
  "lib/storage/**",
  "lib/legal-notice/**",
  "lib/feedback/**",
  "prisma/seed/**",
  "scripts/**",
  "bench/**",
  "tests/**",
];
// Relative spellings too ("../db/client"), so the door cannot be walked around.
const DB_CLIENT = ["@/lib/db/client", "**/db/client", "@/lib/db/sql-session", "**/db/sql-session"];
// The generated Prisma client: only lib/db/client.ts and lib/db/enums.ts import it.
const GENERATED_CLIENT = ["@/lib/db/generated/**", "**/db/generated/**", "@prisma/client", "@prisma/client/*"];

const DB_DOOR = {
  group: [...DB_CLIENT, ...GENERATED_CLIENT],
  message: "Only lib/<domain>, lib/audit, lib/search and lib/health may use the database (import from their queries/service modules instead).",
};
// Links prefetch only when the reader reaches for them (docs/architecture.md, "Prefetching").
const NEXT_LINK = { name: "next/link", message: "Use Link from @/components/navigation/link: it prefetches on intent, not every link on screen." };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "tests/weight/floor-app/.next/**", "tests/weight/floor-app/next-env.d.ts", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", ".demo-db/**", "test-results/**", "playwright-report/**"]),
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: DB_IMPORTERS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NEXT_LINK],
          patterns: [DB_DOOR],
        },
      ],
    },
  },
  {
    // The one module that wraps next/link (prefetching on intent only).
    files: ["components/navigation/link.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [DB_DOOR] }] },
  },
  {
    // CommonJS modules Next loads outside the bundle (the ISR cache handler).
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Only the DB_IMPORTERS themselves: a later entry for the same rule replaces the earlier one for
    // the files it matches, so matching all of lib/** here would lift the door rule above for every
    // lib folder (tests/unit/lint/db-door.test.ts).
    files: DB_IMPORTERS.filter((glob) => glob !== "lib/db/**"),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: GENERATED_CLIENT, message: "Import the client and types from @/lib/db/client, enums from @/lib/db/enums." }],
        },
      ],
    },
  },
]);
