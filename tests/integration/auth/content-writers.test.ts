import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { isAppError } from "@/lib/errors";
import { syncDocuments } from "@/lib/search/sync";
import { loadActors } from "../overview/actors";
import { CONTENT_WRITERS, NOT_WRITERS, touched, WRITER_FOLDERS, type Writer } from "./content-writers";

// Issue 13: every writer of every content type checks the role table itself. Each registered
// writer is called with every role and without an actor, on a fresh entry; it must refuse
// exactly where ROLE_PERMISSIONS says no, leaving everything as it was, and succeed where it
// says yes.
const ROLES: Role[] = ["ADMIN", "EDITOR", "ADVISOR", "PROVIDER"];
const root = join(__dirname, "../../..");

let actors: Record<Role, Actor>;

beforeAll(async () => {
  const { admin, editor, advisor, provider } = await loadActors();
  actors = { ADMIN: admin, EDITOR: editor, ADVISOR: advisor, PROVIDER: provider };
});

afterAll(async () => {
  const programmes = [...touched.programme];
  const advisors = [...touched.advisor];
  const providers = [...touched.provider];
  const initiatives = [...touched.initiative];
  const news = [...touched.news];
  await db.auditLog.deleteMany({ where: { entityId: { in: [...programmes, ...advisors, ...providers, ...initiatives, ...news, ...touched.organisation] } } });
  await db.newsItem.deleteMany({ where: { id: { in: news } } });
  await db.initiative.deleteMany({ where: { id: { in: initiatives } } });
  await db.programme.deleteMany({ where: { id: { in: programmes } } });
  await db.advisor.deleteMany({ where: { id: { in: advisors } } });
  await db.provider.deleteMany({ where: { id: { in: providers } } });
  await db.organisation.deleteMany({ where: { id: { in: [...touched.organisation] } } });
  // Published probes got search documents: the sync of a deleted entry removes its document.
  await syncDocuments(db, "programme", programmes);
  await syncDocuments(db, "advisor", advisors);
  await syncDocuments(db, "provider", providers);
  await syncDocuments(db, "initiative", initiatives);
  await syncDocuments(db, "news", news);
});

/** Everything a refused writer might have touched. */
async function state(id: string) {
  const where = { where: { id } };
  const row =
    (await db.programme.findUnique({ ...where, select: { version: true, status: true, lastVerifiedAt: true, title: true } })) ??
    (await db.advisor.findUnique({ ...where, select: { version: true, status: true, lastVerifiedAt: true, name: true } })) ??
    (await db.provider.findUnique({ ...where, select: { version: true, status: true, lastVerifiedAt: true, name: true } })) ??
    (await db.initiative.findUnique({ ...where, select: { version: true, status: true, lastVerifiedAt: true, title: true } })) ??
    (await db.newsItem.findUnique({ ...where, select: { version: true, status: true, lastVerifiedAt: true, title: true } })) ??
    (await db.organisation.findUnique({ ...where, select: { version: true, name: true } }));
  return {
    row,
    audit: await db.auditLog.count(),
    entries: [await db.programme.count(), await db.advisor.count(), await db.provider.count(), await db.organisation.count(), await db.initiative.count(), await db.newsItem.count()],
  };
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (error: unknown) => (isAppError(error) ? error.code : `unexpected: ${String(error)}`),
  );

async function run(writer: Writer, actor: Actor | null, allowed: boolean) {
  const id = await writer.prepare();
  const before = await state(id);
  const result = await outcome(writer.call(actor, id));
  if (!allowed) expect(await state(id)).toEqual(before);
  return result;
}

describe("every content writer checks its permission itself", () => {
  for (const writer of CONTENT_WRITERS) {
    describe(`${writer.module}: ${writer.name} (${writer.permission})`, () => {
      for (const role of ROLES) {
        const allowed = ROLE_PERMISSIONS[role].has(writer.permission);
        it(`${role}: ${allowed ? "allowed" : "FORBIDDEN, nothing written"}`, async () => {
          expect(await run(writer, actors[role], allowed)).toBe(allowed ? "allowed" : "FORBIDDEN");
        });
      }
      it("no actor: UNAUTHENTICATED, nothing written", async () => {
        expect(await run(writer, null, false)).toBe("UNAUTHENTICATED");
      });
    });
  }

  it("tests every role of the role table", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });
});

describe("the writer registry is complete", () => {
  const serviceModules = WRITER_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => /^service.*\.ts$/.test(file))
      .map((file) => `${folder}/${file.replace(/\.ts$/, "")}`),
  );

  it("finds the service modules of every content type", () => {
    for (const folder of WRITER_FOLDERS.filter((f) => f !== "lib/content")) expect(serviceModules.some((m) => m.startsWith(`${folder}/`))).toBe(true);
  });

  it("every exported function of lib/{programme,advisor,provider,organisation,content}/service*.ts is a registered writer (or a re-export of one)", async () => {
    const load = (moduleName: string) => import(/* @vite-ignore */ join(root, `${moduleName}.ts`)) as Promise<Record<string, unknown>>;
    const registered = new Set<unknown>();
    for (const writer of CONTENT_WRITERS) registered.add((await load(writer.module))[writer.name]);
    const unclassified: string[] = [];
    for (const moduleName of serviceModules) {
      const exports = await load(moduleName);
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== "function" || registered.has(value) || name in (NOT_WRITERS[moduleName] ?? {})) continue;
        unclassified.push(`${moduleName}#${name}`);
      }
    }
    expect(unclassified).toEqual([]);
  });

  it("names only functions its modules export", async () => {
    for (const writer of CONTENT_WRITERS) {
      const exports = (await import(/* @vite-ignore */ join(root, `${writer.module}.ts`))) as Record<string, unknown>;
      expect(typeof exports[writer.name], `${writer.module}#${writer.name}`).toBe("function");
    }
  });
});
