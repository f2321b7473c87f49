import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through scripts/db/migrate.ts
// (WebAssembly schema engine), because the CLI cannot download its engine offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
