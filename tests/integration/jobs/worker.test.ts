import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// The test process enqueues with the same short retry policy its workers set on the queues.
vi.hoisted(() => {
  Object.assign(process.env, {
    JOBS_RETRY_LIMIT: "4",
    JOBS_RETRY_DELAY_SECONDS: "1",
    JOBS_EXPIRE_SECONDS: "3",
    JOBS_POLL_SECONDS: "0.5",
    JOBS_SUPERVISE_SECONDS: "1",
  });
});

import { db } from "@/lib/db/client";
import { jobSender } from "@/lib/jobs/boss";
import { queueMail } from "@/lib/mail/queue";
import { freePort, killWorker, smtpCatcher, spawnWorker, waitFor } from "./worker-process";

const tag = `it-worker-${process.pid}-${Date.now()}`;
const to = (name: string) => `${name}-${tag}@example.org`;
const content = { subject: `Worker ${tag}`, name: "Ada", paragraphs: ["Ein Test."] };
const mailOf = (id: string) => db.mailMessage.findUniqueOrThrow({ where: { id } });
const jobOf = async (mailId: string) =>
  (await db.$queryRawUnsafe<{ state: string; retry_count: number }[]>(`SELECT state::text, retry_count FROM pgboss.job WHERE name = 'mail.deliver' AND data->>'mailId' = $1`, mailId))[0];

const workers: ReturnType<typeof spawnWorker>[] = [];
const start = (env: Record<string, string>) => {
  const worker = spawnWorker(env);
  workers.push(worker);
  return worker;
};
const started = (worker: ReturnType<typeof spawnWorker>) => waitFor(async () => worker.output.join("").includes("worker: working"), 60_000, "the worker to start");

beforeAll(async () => {
  await jobSender();
  // Mails other test files queued would go to these tests' SMTP servers; they are not theirs.
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'mail.deliver' AND state IN ('created', 'retry')`);
});

afterEach(async () => {
  for (const worker of workers.splice(0)) await killWorker(worker, "SIGKILL");
});

afterAll(async () => {
  await db.mailMessage.deleteMany({ where: { subject: content.subject } });
});

describe("the worker process", { timeout: 120_000 }, () => {
  it("sends a mail queued while SMTP is down once SMTP is back, without any other action", async () => {
    const port = await freePort();
    const worker = start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    await started(worker);
    const id = await db.$transaction((tx) => queueMail(tx, { to: to("down"), kind: "test", content }));
    const failed = await waitFor(async () => {
      const mail = await mailOf(id);
      return mail.attempts >= 1 && mail;
    }, 30_000, "a failed try");
    expect(failed.status).toBe("PENDING");
    expect(failed.lastError).toMatch(/ECONNREFUSED/);

    const smtp = smtpCatcher();
    await smtp.listen(port);
    try {
      const sent = await waitFor(async () => {
        const mail = await mailOf(id);
        return mail.status === "SENT" && mail;
      }, 45_000, "the mail to go out");
      expect(sent.lastError).toBeNull();
      expect(smtp.received.filter((m) => m.to.includes(to("down")))).toHaveLength(1);
      // The handler marks the mail SENT a moment before pg-boss marks its job completed.
      await waitFor(async () => (await jobOf(id))?.state === "completed", 10_000, "the job to be completed");
      // The log names the job, never the address.
      expect(worker.output.join("")).not.toContain(to("down"));
    } finally {
      await smtp.close();
    }
  });

  it("loses nothing when the worker is killed mid-job: a new worker runs the job again to completion", async () => {
    const port = await freePort();
    let holding = true;
    const smtp = smtpCatcher({ hold: () => holding });
    await smtp.listen(port);
    try {
      const first = start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      await started(first);
      const id = await db.$transaction((tx) => queueMail(tx, { to: to("killed"), kind: "test", content }));
      await waitFor(async () => smtp.arrived.some((rcpt) => rcpt.includes(to("killed"))), 30_000, "the send to be in flight");
      expect((await jobOf(id))?.state).toBe("active");
      await killWorker(first, "SIGKILL");
      expect((await mailOf(id)).status).toBe("PENDING");

      holding = false;
      const second = start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      await started(second);
      await waitFor(async () => (await mailOf(id)).status === "SENT", 45_000, "the mail to go out after the restart");
      expect(smtp.received.filter((m) => m.to.includes(to("killed")))).toHaveLength(1);
      // The handler marks the mail SENT a moment before pg-boss marks its job completed.
      await waitFor(async () => (await jobOf(id))?.state === "completed", 10_000, "the job to be completed");
    } finally {
      await smtp.close();
    }
  });

  it("finishes the running job on SIGTERM and exits 0", async () => {
    const port = await freePort();
    const smtp = smtpCatcher({ delayMs: 1_500 });
    await smtp.listen(port);
    try {
      const worker = start({ SMTP_URL: `smtp://127.0.0.1:${port}` });
      await started(worker);
      const id = await db.$transaction((tx) => queueMail(tx, { to: to("sigterm"), kind: "test", content }));
      await waitFor(async () => smtp.arrived.some((rcpt) => rcpt.includes(to("sigterm"))), 30_000, "the send to be in flight");
      expect(await killWorker(worker, "SIGTERM")).toBe(0);
      expect(worker.output.join("")).toContain("worker: stopped");
      expect((await mailOf(id)).status).toBe("SENT");
      // The handler marks the mail SENT a moment before pg-boss marks its job completed.
      await waitFor(async () => (await jobOf(id))?.state === "completed", 10_000, "the job to be completed");
    } finally {
      await smtp.close();
    }
  });

  it("without SMTP_URL leaves mails queued and PENDING for a worker that can send them", async () => {
    const worker = start({ SMTP_URL: "" });
    await started(worker);
    expect(worker.output.join("")).toContain("SMTP_URL is not set");
    const id = await db.$transaction((tx) => queueMail(tx, { to: to("nosmtp"), kind: "test", content }));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await mailOf(id)).status).toBe("PENDING");
    expect((await mailOf(id)).attempts).toBe(0);
    expect((await jobOf(id))?.state).toBe("created");
  });
});
