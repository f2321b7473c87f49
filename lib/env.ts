import { z } from "zod";
import { cacheEnvSchema } from "./cache/cache-env.cjs";

// The only module that reads process.env (docs/conventions.md, rule 11).
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/regiontrier"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  // The operator's public contact, shown on the privacy and accessibility pages; set it in production.
  OPERATOR_NAME: z.string().min(1).default("Initiative Region Trier e. V."),
  OPERATOR_EMAIL: z.string().email().default("kontakt@region-trier.example"),
  // Signs the session cookies (next-auth JWT). Required everywhere except the tests; `npm run demo`
  // and the e2e run generate one per run (scripts/lib/app-env.mjs). No fallback (lib/auth/config.ts).
  NEXTAUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  // Reverse proxies in front of the app that append the client address to X-Forwarded-For (nginx:
  // 1). 0 ignores forwarded headers, and all clients share one rate-limit key (lib/auth/client-ip.ts).
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  // The open data API (/api/v1): requests per client and minute before it answers 429 with
  // Retry-After; counted in PostgreSQL, so all instances share it (lib/open-data/rate-limit.ts).
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  // Outgoing mail: SMTP when set (smtp://user:pass@host:587 or smtps://…); otherwise mails wait as
  // PENDING and nothing is sent (lib/mail). The demo and the e2e run set it to a local catcher.
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional()),
  MAIL_FROM: z.string().min(3).default("Digitale Region Trier <noreply@region-trier.example>"),
  // "never" keeps the seed from writing the demo accounts even into a database marked as demo.
  DEMO_ACCOUNTS: z.enum(["if-marked", "never"]).default("if-marked"),
  // Search: PostgreSQL full-text search by default; Meilisearch for large data sets (docs/search.md).
  SEARCH_ENGINE: z.enum(["postgres", "meilisearch"]).default("postgres"),
  // An empty value (MEILISEARCH_API_KEY= in a .env file) counts as unset.
  MEILISEARCH_HOST: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  MEILISEARCH_API_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  // Page cache (REDIS_URL: shared by all instances; CACHE_KEY_PREFIX). Read by the cache handler,
  // which Next loads outside the bundle, through this same schema (lib/cache/cache-env.cjs);
  // validated here too so a wrong value stops the app at start.
  ...cacheEnvSchema.shape,
  // Background jobs (lib/jobs, docs/architecture.md "Background work"). A failed job is tried again
  // after JOBS_RETRY_DELAY_SECONDS, doubling each time (with jitter, at most an hour), up to
  // JOBS_RETRY_LIMIT retries; a job that runs longer than JOBS_EXPIRE_SECONDS counts as abandoned
  // (its worker died) and is run again. The tests shorten all three.
  JOBS_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JOBS_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  // Where the worker reaches the app for internal calls (app/api/intern/cache); behind several
  // instances one of them is enough (they share the cache). Default: this host's PORT.
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  APP_INTERNAL_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional()),
  // The nightly housekeeping (lib/jobs/housekeeping.ts) deletes refusal-log rows older than this.
  SECURITY_EVENT_RETENTION_DAYS: z.coerce.number().int().min(7).max(3650).default(180),
  // How often a worker looks for abandoned (expired) jobs and prunes old ones.
  JOBS_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Uploaded images (provider logos, lib/storage): "disk" writes files under MEDIA_DIR, which every
  // instance must share (a shared volume); "database" keeps the bytes in PostgreSQL for several
  // instances without one (docs/operations.md). A relative MEDIA_DIR is resolved from the project.
  MEDIA_STORAGE: z.enum(["disk", "database"]).default("disk"),
  MEDIA_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("var/media")),
});

export const env = schema.parse(process.env);
export type Env = z.infer<typeof schema>;
