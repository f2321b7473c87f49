// npm run worker — runs the background jobs of lib/jobs (mail delivery, …; docs/architecture.md,
// "Background work"). Run one or more beside the app: pg-boss hands each job to one worker
// (SKIP LOCKED). SIGTERM/SIGINT: no new jobs are taken, running ones finish, then the process
// exits 0. The log names queues and job ids, never addresses, tokens or payloads.
import { db } from "@/lib/db/client";
import { startWorker } from "@/lib/jobs/worker";

const log = (message: string) => console.error(`worker: ${message}`);

async function main() {
  const worker = await startWorker(log);
  log(`working ${worker.queues.length > 0 ? worker.queues.join(", ") : "no queues"}`);
  if (!worker.queues.includes("mail.deliver")) log("SMTP_URL is not set: mails wait until a worker with SMTP_URL runs");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing running jobs`);
    worker
      .stop()
      .then(() => db.$disconnect())
      .then(() => {
        log("stopped");
        process.exit(0);
      })
      .catch((error: unknown) => {
        log(`stop failed: ${error instanceof Error ? error.message : "unknown error"}`);
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch(async (error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : "unknown error"}`);
  await db.$disconnect();
  process.exit(1);
});
