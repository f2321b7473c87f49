import { z } from "zod";
import { env } from "@/lib/env";

// The one table of background jobs (docs/architecture.md, "Background work"): each queue's name,
// the payload its handler accepts (parsed again in the worker: a job row is input like any other)
// and how pg-boss retries it.
export const JOB_PAYLOADS = {
  "mail.deliver": z.object({ mailId: z.string().min(1).max(64) }),
  "import.commit": z.object({ importJobId: z.string().min(1).max(64) }),
  // Search document ids ("programme:<id>"); SEARCH_ENGINE=meilisearch only.
  "search.sync": z.object({ documentIds: z.array(z.string().min(3).max(200)).min(1).max(500) }),
  "search.synonyms": z.object({}),
  "cache.invalidate": z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(100) }),
  "midnight": z.object({}),
  "housekeeping": z.object({}),
  "alerts.daily": z.object({}),
} as const;

/** Scheduled jobs: cron in Berlin time, so "midnight" follows the clock change. */
export const SCHEDULES: { name: JobName; cron: string }[] = [
  { name: "midnight", cron: "0 0 * * *" },
  { name: "housekeeping", cron: "30 3 * * *" },
  // E-mail alerts: the day's news in the morning (lib/alerts/digest-job.ts).
  { name: "alerts.daily", cron: "0 6 * * *" },
  // Synonym groups edited in /redaktion reach Meilisearch within ten minutes.
  { name: "search.synonyms", cron: "*/10 * * * *" },
];
export const SCHEDULE_TZ = "Europe/Berlin";

export type JobName = keyof typeof JOB_PAYLOADS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;
export const JOB_NAMES = Object.keys(JOB_PAYLOADS) as JobName[];

type RetryPolicy = {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  retryDelayMax: number;
  expireInSeconds: number;
  /** how long a job may wait unclaimed (no worker, no SMTP) before pg-boss drops it */
  retentionSeconds: number;
};

const DAY = 86_400;

const standard = (): RetryPolicy => ({
  retryLimit: env.JOBS_RETRY_LIMIT,
  retryDelay: env.JOBS_RETRY_DELAY_SECONDS,
  retryBackoff: true,
  retryDelayMax: 3600,
  expireInSeconds: env.JOBS_EXPIRE_SECONDS,
  retentionSeconds: 14 * DAY,
});

export function queueOptions(name: JobName): RetryPolicy {
  switch (name) {
    case "mail.deliver":
      // A mail waits up to 30 days for a worker with SMTP_URL (lib/jobs/worker.ts).
      return { ...standard(), retentionSeconds: 30 * DAY };
    case "import.commit":
      // All rows in one transaction of up to 30 minutes (lib/import/commit.ts): the job expires
      // only after that, so a slow commit is never run twice at once. A failing row is the import
      // report's business, not a retry's (the handler does not throw then); a retry is for a
      // worker that died mid-commit, whose transaction rolled back.
      return { ...standard(), retryLimit: 1, expireInSeconds: Math.max(env.JOBS_EXPIRE_SECONDS, 31 * 60) };
    case "search.sync":
    case "search.synonyms":
    case "cache.invalidate":
    case "midnight":
    case "housekeeping":
    // A retried run sends nothing twice: each address claims its Berlin day in the mail's transaction.
    case "alerts.daily":
      return standard();
  }
}
