import "server-only";
import type { PgBoss, JobWithMetadata } from "pg-boss";
import { env } from "@/lib/env";
import { sendAlertDigests } from "@/lib/alerts/digest-job";
import { runQueuedImport } from "@/lib/import/run-queued";
import { deliverMail } from "@/lib/mail/deliver";
import { smtpTransport } from "@/lib/mail/transport";
import { startBoss } from "./boss";
import { PROGRAMME_TAGS } from "@/lib/programme/cached";
import { buildDocuments } from "@/lib/search/documents";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/engine";
import { pushSynonymGroups } from "@/lib/search/meilisearch/synonyms";
import { syncSearchJob } from "@/lib/search/sync-job";
import { SEARCH_RESULTS_TAG } from "@/lib/search/cache-tags";
import { requestCacheInvalidation } from "./cache-invalidate";
import { pruneOldRows } from "./housekeeping";
import { JOB_PAYLOADS, SCHEDULES, SCHEDULE_TZ, type JobName } from "./queues";

type Handler = (job: JobWithMetadata<unknown>) => Promise<void>;

function mailHandler(): Handler | null {
  const transport = smtpTransport();
  // Without SMTP_URL this worker does not take mail jobs at all: they wait, PENDING, for a worker
  // that can send them (up to the queue's retention), instead of burning their retries.
  if (!transport) return null;
  return async (job) => {
    const { mailId } = JOB_PAYLOADS["mail.deliver"].parse(job.data);
    await deliverMail({ mailId, retryCount: job.retryCount, retryLimit: job.retryLimit }, transport);
  };
}

const importHandler: Handler = async (job) => {
  const { importJobId } = JOB_PAYLOADS["import.commit"].parse(job.data);
  await runQueuedImport(importJobId);
};

// Programme lists and details show a deadline-dependent status (open, closing soon, closed): at
// midnight they are expired in the app's cache, the way an edit expires them.
const MIDNIGHT_TAGS = [PROGRAMME_TAGS.all];

function searchHandlers(log: (line: string) => void): Partial<Record<JobName, Handler>> {
  if (env.SEARCH_ENGINE !== "meilisearch" || !env.MEILISEARCH_HOST) return {};
  const engine = createMeilisearchEngine({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY });
  return {
    // Result pages cached while Meilisearch was behind the database expire once it has caught up.
    "search.sync": async (job) => {
      await syncSearchJob(JOB_PAYLOADS["search.sync"].parse(job.data).documentIds, { engine, buildDocuments });
      await requestCacheInvalidation([SEARCH_RESULTS_TAG]);
    },
    "search.synonyms": async () => {
      await engine.setup();
      log(`search.synonyms: ${await pushSynonymGroups(engine)} groups pushed`);
      await requestCacheInvalidation([SEARCH_RESULTS_TAG]);
    },
  };
}

function handlers(boss: PgBoss, log: (line: string) => void): Partial<Record<JobName, Handler>> {
  const mail = mailHandler();
  return {
    ...(mail ? { "mail.deliver": mail } : {}),
    ...searchHandlers(log),
    "import.commit": importHandler,
    "cache.invalidate": async (job) => requestCacheInvalidation(JOB_PAYLOADS["cache.invalidate"].parse(job.data).tags),
    midnight: async () => {
      await boss.send("cache.invalidate", { tags: MIDNIGHT_TAGS });
    },
    housekeeping: async () => {
      const pruned = await pruneOldRows();
      log(
        `housekeeping: ${pruned.securityEvents} security events, ${pruned.rateLimitBuckets} rate-limit buckets, ${pruned.pendingAlerts} unconfirmed alerts, ${pruned.answeredFeedback} answered barrier reports, ${pruned.signups} sign-ups removed`,
      );
    },
    "alerts.daily": async () => {
      const result = await sendAlertDigests();
      log(`alerts.daily: ${result.sent} digests queued, ${result.quiet} addresses without news`);
    },
  };
}

/**
 * Starts a worker: pg-boss claims jobs with SKIP LOCKED, so any number of workers may run side by
 * side. Returns a stop function that lets running jobs finish before it resolves.
 */
export async function startWorker(log: (line: string) => void = console.log): Promise<{ boss: PgBoss; stop: () => Promise<void>; queues: JobName[] }> {
  const boss = await startBoss("worker");
  const registered = handlers(boss, log);
  for (const [name, handler] of Object.entries(registered) as [JobName, Handler][]) {
    await boss.work(name, { includeMetadata: true, pollingIntervalSeconds: env.JOBS_POLL_SECONDS }, async ([job]) => {
      if (!job) return;
      try {
        await handler(job);
      } catch (error) {
        // Only the job's id and the error's message: payloads may name people.
        log(`job ${name} ${job.id} failed (try ${job.retryCount + 1} of ${job.retryLimit + 1}): ${error instanceof Error ? error.message : "unknown error"}`);
        throw error;
      }
    });
  }
  // schedule() upserts by name, so every worker may (re)declare the same schedules. A schedule
  // nobody here works (search.synonyms without Meilisearch) is removed, so its jobs do not pile up.
  for (const { name, cron } of SCHEDULES) {
    if (registered[name]) await boss.schedule(name, cron, {}, { tz: SCHEDULE_TZ });
    else await boss.unschedule(name);
  }
  const queues = Object.keys(registered) as JobName[];
  return { boss, queues, stop: () => boss.stop({ graceful: true, timeout: 60_000 }) };
}
