import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { isAppError } from "@/lib/errors";
import { loadActors } from "../overview/actors";
import { NOT_PRIVATE_READ_MODULES, NOT_READS, PRIVATE_READS, type Fixtures, type PrivateRead } from "./private-reads";

// Issue 11: a page guard is a convenience, never the door. Every private read is called with
// every role and without an actor; it must refuse exactly where the role table says no.
const ROLES: Role[] = ["ADMIN", "EDITOR", "ADVISOR", "PROVIDER"];
const root = join(__dirname, "../../..");

let actors: Record<Role, Actor>;
let fx: Fixtures;
const created: { revisionId?: string; jobIds: string[] } = { jobIds: [] };

beforeAll(async () => {
  const { admin, editor, advisor, provider } = await loadActors();
  actors = { ADMIN: admin, EDITOR: editor, ADVISOR: advisor, PROVIDER: provider };
  // Drafts where the seed has them: reading one is what the permission protects.
  const programme = await db.programme.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true } });
  const advisorRow = await db.advisor.findFirstOrThrow({ orderBy: { status: "asc" }, select: { id: true, version: true } });
  const providerRow = await db.provider.findFirstOrThrow({ orderBy: { status: "asc" }, select: { id: true } });
  const eventRow = await db.event.findFirst({ orderBy: { status: "asc" }, select: { id: true } });
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const topic = await db.topic.findFirstOrThrow({ select: { id: true } });
  const group =
    (await db.synonymGroup.findFirst({ select: { id: true } })) ??
    (await db.synonymGroup.create({ data: { terms: ["registerprobe", "registertest"] }, select: { id: true } }));
  const revision = await db.profileRevision.create({
    data: { entityType: "advisor", advisorId: advisorRow.id, authorId: advisor.id, data: {}, baseVersion: advisorRow.version, status: "REJECTED" },
    select: { id: true },
  });
  created.revisionId = revision.id;
  const runningJobs = new Map<string, string>();
  for (const actor of [admin, editor]) {
    const job = await db.importJob.create({
      data: { actorId: actor.id, entityType: "programme", fileName: "registry.csv", status: "RUNNING", total: 0, payload: [], report: {} },
      select: { id: true },
    });
    created.jobIds.push(job.id);
    runningJobs.set(actor.id, job.id);
  }
  fx = {
    programmeId: programme.id,
    advisorId: advisorRow.id,
    providerId: providerRow.id,
    eventId: eventRow?.id ?? "no-event",
    organisationId: organisation.id,
    topicId: topic.id,
    synonymGroupId: group.id,
    revisionId: revision.id,
    userId: editor.id,
    runningJobs,
  };
});

afterAll(async () => {
  if (created.revisionId) await db.profileRevision.delete({ where: { id: created.revisionId } });
  await db.importJob.deleteMany({ where: { id: { in: created.jobIds } } });
});

const outcome = (read: PrivateRead, actor: Actor | null) =>
  read.call(actor, fx).then(
    () => "allowed",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );

const allows = (read: PrivateRead, role: Role) => read.permission === "signedIn" || ROLE_PERMISSIONS[role].has(read.permission);

describe("every private read checks its permission itself", () => {
  for (const read of PRIVATE_READS) {
    describe(`${read.module}: ${read.name} (${read.permission})`, () => {
      for (const role of ROLES) {
        const expected = allows(read, role) ? "allowed" : "FORBIDDEN";
        it(`${role}: ${expected}`, async () => {
          expect(await outcome(read, actors[role])).toBe(expected);
        });
      }
      it("no actor: UNAUTHENTICATED", async () => {
        expect(await outcome(read, null)).toBe("UNAUTHENTICATED");
      });
    });
  }

  it("tests every role of the role table", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });
});

describe("the registry is complete", () => {
  const registered = new Map<string, Set<string>>();
  for (const read of PRIVATE_READS) registered.set(read.module, (registered.get(read.module) ?? new Set()).add(read.name));

  for (const moduleName of registered.keys()) {
    it(`${moduleName}: every exported function is a registered read or a named non-read`, async () => {
      const exports = (await import(/* @vite-ignore */ join(root, `${moduleName}.ts`))) as Record<string, unknown>;
      const functions = Object.keys(exports).filter((name) => typeof exports[name] === "function");
      const unclassified = functions.filter((name) => !registered.get(moduleName)!.has(name) && !(name in (NOT_READS[moduleName] ?? {})));
      expect(unclassified).toEqual([]);
    });
  }

  it("every database-reading module used by app/ or components/, and every lib/**/*queries.ts, is classified", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, "app")).concat(sourceFiles(join(root, "components")))) {
      for (const match of readFileSync(file, "utf8").matchAll(/from "@\/(lib\/[^"]+)"/g)) used.add(match[1]!);
    }
    for (const file of sourceFiles(join(root, "lib"))) {
      if (/queries\.ts$/.test(file)) used.add(relative(root, file).replace(/\.ts$/, ""));
    }
    const readsDatabase = (moduleName: string) => {
      const file = [`${moduleName}.ts`, `${moduleName}.tsx`, `${moduleName}/index.ts`].map((f) => join(root, f)).find((f) => existsSync(f));
      return !!file && /^import (?!type\b)[^;]*from "@\/lib\/db\/client"/m.test(readFileSync(file, "utf8"));
    };
    const unclassified = [...used].filter((moduleName) => readsDatabase(moduleName) && !registered.has(moduleName) && !(moduleName in NOT_PRIVATE_READ_MODULES));
    expect(unclassified).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
