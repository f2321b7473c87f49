import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runQueuedImport } from "@/lib/import/run-queued";
import { queueImport, validateImport } from "@/lib/import/service";
import { actorFor, csvFile, programmeRow, uniqueSuffix } from "./helpers";

const commitJobs = async (importJobId: string) =>
  (await db.$queryRawUnsafe<{ state: string }[]>(`SELECT state::text FROM pgboss.job WHERE name = 'import.commit' AND data->>'importJobId' = $1`, importJobId)).map((r) => r.state);

describe("import commit through the job queue", () => {
  it("claims the job and queues its commit in one transaction; the worker's handler commits it once", async () => {
    const editor = await actorFor("redaktion@regiontrier.example");
    const suffix = uniqueSuffix();
    const { jobId } = await validateImport(editor, "programme", csvFile([programmeRow(suffix, 1), programmeRow(suffix, 2)]));
    await queueImport(editor, jobId);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("RUNNING");
    expect(await commitJobs(jobId)).toEqual(["created"]);
    // A second click neither claims nor queues again.
    await expect(queueImport(editor, jobId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await commitJobs(jobId)).toHaveLength(1);

    expect(await runQueuedImport(jobId)).toBe("done");
    const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("DONE");
    // The worker has no Next cache: the pages of the new entries are expired through the app.
    const invalidations = await db.$queryRawUnsafe<{ tags: string[] }[]>(
      `SELECT data->'tags' AS tags FROM pgboss.job WHERE name = 'cache.invalidate' AND data->'tags' @> jsonb_build_array($1::text)`,
      `programme:importtest-${suffix}-1`,
    );
    expect(invalidations).toHaveLength(1);
    expect(invalidations[0]!.tags).toEqual(expect.arrayContaining(["programmes", `programme:importtest-${suffix}-2`]));
    expect(await db.programme.count({ where: { slug: { startsWith: `importtest-${suffix}-` } } })).toBe(2);
    // A rerun (the worker died before completing the job) finds nothing left to do.
    expect(await runQueuedImport(jobId)).toBe("skipped");
    expect(await db.programme.count({ where: { slug: { startsWith: `importtest-${suffix}-` } } })).toBe(2);
  });

  it("marks the import FAILED when its account was disabled before the worker ran it", async () => {
    const editor = await actorFor("redaktion@regiontrier.example");
    const suffix = uniqueSuffix();
    const { jobId } = await validateImport(editor, "programme", csvFile([programmeRow(suffix, 1)]));
    await queueImport(editor, jobId);
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    try {
      expect(await runQueuedImport(jobId)).toBe("failed");
    } finally {
      await db.user.update({ where: { id: editor.id }, data: { disabledAt: null } });
    }
    const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.status).toBe("FAILED");
    expect(await db.programme.count({ where: { slug: { startsWith: `importtest-${suffix}-` } } })).toBe(0);
  });
});
