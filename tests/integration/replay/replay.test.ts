import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import { authSecret, SESSION_COOKIE } from "@/lib/auth/config";
import { can, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { request, Interrupt, outcomeOf, isRefusal, describeOutcome, type Outcome } from "./harness";
import type { Context, Diff, Prepared, ReplayCase } from "./case";
import { changedTables, diffDigests, digestDatabase } from "./digest";
import { createRoleActors, ROLES } from "./fixtures";
import { contentCases } from "./cases-content";
import { adminCases } from "./cases-admin";
import { selfCases } from "./cases-self";
import { bulkCases } from "./cases-bulk";
import { publicAlertCases } from "./cases-public-alerts";
import { eventCases } from "./cases-events";
import { newsCases } from "./cases-news";

// The requests below come through one reverse proxy that appends the client's address
// (TRUSTED_PROXIES=1, as behind nginx); lib/env.ts reads it when first imported.
vi.hoisted(() => {
  process.env.TRUSTED_PROXIES = "1";
});

// Issue 11, item 5: every server action replayed with every role's session and signed out.
// The requests are simulated: getActor() answers with the chosen account, cookies and headers
// come from `request`, and Next's control-flow throws are caught as outcomes.
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getActor: async () => request.actor,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.ip }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (options: string | { name: string }) => void request.cookies.delete(typeof options === "string" ? options : options.name),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Interrupt("redirect", url);
  },
  forbidden: () => {
    throw new Interrupt("forbidden");
  },
  notFound: () => {
    throw new Interrupt("notFound");
  },
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  refresh: () => undefined,
}));
// Mail delivery after the response is not part of what an action decides.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: () => undefined }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) =>
    Object.assign((key: string) => (namespace ? `${namespace}.${key}` : key), { has: () => false, rich: (key: string) => key, markup: (key: string) => key }),
}));

const CASES: Record<string, ReplayCase> = { ...contentCases, ...adminCases, ...selfCases, ...bulkCases, ...publicAlertCases, ...eventCases, ...newsCases };
const ROOT = join(import.meta.dirname, "../../..");

const MODULE_DIRECTIVE = /^\s*(\/\/.*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;

/** Source files under a folder that mention the directive at all (module-level or inline). */
function filesMentioningUseServer(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesMentioningUseServer(path);
    return /\.(m?[jt]sx?)$/.test(entry.name) && /["']use server["']/.test(readFileSync(path, "utf8")) ? [relative(ROOT, path)] : [];
  });
}

/** Every "use server" module under app/, found in the source tree itself. */
const serverActionFiles = () => filesMentioningUseServer(join(ROOT, "app")).filter((file) => MODULE_DIRECTIVE.test(readFileSync(join(ROOT, file), "utf8")));

async function exportedActions(): Promise<string[]> {
  const names: string[] = [];
  for (const file of serverActionFiles()) {
    const exports = (await import(join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (typeof value === "function") names.push(`${file}#${name}`);
  }
  return names.sort();
}

let actors: Record<Role, Actor>;
const SESSIONS: (Role | null)[] = [...ROLES, null];
const label = (role: Role | null) => role ?? "signed out";

beforeAll(async () => {
  actors = await createRoleActors();
});

/** One replay: fresh fixtures, the acting session, the action, and what changed. */
async function replay(entry: ReplayCase, role: Role | null) {
  request.actor = role ? actors[role] : null;
  request.cookies = new Map(request.actor ? [[SESSION_COOKIE.name, `session-of-${request.actor.id}`]] : []);
  request.ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
  const context: Context = { role, actor: request.actor, actors };
  const prepared = await entry.prepare(context);
  const before = await digestDatabase();
  const cookieBefore = request.cookies.get(SESSION_COOKIE.name);
  const outcome = await outcomeOf(prepared.call);
  const diff = diffDigests(before, await digestDatabase());
  return { prepared, outcome, diff, cookie: await cookieChange(cookieBefore, request.cookies.get(SESSION_COOKIE.name), prepared) };
}

async function cookieChange(before: string | undefined, after: string | undefined, prepared: Prepared): Promise<string> {
  if (before === after) return "unchanged";
  if (after === undefined) return "cleared";
  const claims = await decode({ token: after, secret: authSecret() });
  return `issued for ${mask(String(claims?.sub), prepared)}`;
}

const mask = (text: string, prepared: Prepared) => (prepared.fixtureIds ?? []).reduce((out, id) => out.split(id).join("<fixture>"), text);

/** What a visitor could compare: the answer, the tables touched and the session it ends up with. */
function effect(run: { outcome: Outcome; diff: Diff; cookie: string; prepared: Prepared }) {
  return { outcome: mask(describeOutcome(run.outcome), run.prepared), tables: changedTables(run.diff), cookie: run.cookie };
}

/** Refused: nothing changed but one security-log row, naming this actor (and the permission, once known). */
async function expectRefusedAndUnchanged(run: { outcome: Outcome; diff: Diff }, permission?: string) {
  expect(isRefusal(run.outcome), `refused, got ${describeOutcome(run.outcome)}`).toBe(true);
  expect(changedTables(run.diff), "only the security log changes").toEqual(["SecurityEvent"]);
  expect(run.diff.get("SecurityEvent")).toHaveLength(1);
  const event = await db.securityEvent.findUniqueOrThrow({ where: { id: run.diff.get("SecurityEvent")![0]! } });
  expect(event).toMatchObject({ actorId: request.actor?.id ?? null, outcome: request.actor ? "FORBIDDEN" : "UNAUTHENTICATED", clientIp: request.ip });
  if (request.actor && permission) expect(event.permission).toBe(permission);
}

describe("the replay table", () => {
  it("has a case for every exported function of every \"use server\" module under app/", async () => {
    const actions = await exportedActions();
    expect(actions.length).toBeGreaterThanOrEqual(41);
    expect(actions.filter((name) => !(name in CASES)), "actions without a replay case").toEqual([]);
    expect(Object.keys(CASES).filter((name) => !actions.includes(name)), "cases of actions that no longer exist").toEqual([]);
  });

  it("finds no inline server action (one inside a component or function cannot be replayed from here)", () => {
    const everywhere = ["app", "components", "lib"].flatMap((dir) => filesMentioningUseServer(join(ROOT, dir)));
    expect(everywhere.filter((file) => !serverActionFiles().includes(file))).toEqual([]);
  });

  it("names only permissions that some role of the role table has", () => {
    for (const { expect: expectation } of Object.values(CASES)) {
      if (expectation.kind === "permission") expect(ROLES.some((role) => ROLE_PERMISSIONS[role].has(expectation.permission))).toBe(true);
    }
  });
});

describe.each(Object.entries(CASES))("%s", (_name, entry) => {
  const expectation = entry.expect;

  if (expectation.kind === "permission") {
    it.each(SESSIONS.map((role) => [label(role), role] as const))("replayed as %s", async (_label, role) => {
      const run = await replay(entry, role);
      if (!(role && can(actors[role], expectation.permission))) return expectRefusedAndUnchanged(run, expectation.permission);
      const failed = isRefusal(run.outcome) || (run.outcome.kind === "state" && run.outcome.state.status === "error");
      expect(failed, `allowed, got ${describeOutcome(run.outcome)}`).toBe(false);
      expect(changedTables(run.diff)).toEqual(expect.arrayContaining(expectation.changes));
      expect(run.diff.has("SecurityEvent"), "an allowed action logs no refusal").toBe(false);
      await run.prepared.check?.(run.diff);
    });
  }

  if (expectation.kind === "own") {
    it.each(SESSIONS.map((role) => [label(role), role] as const))("replayed as %s", async (_label, role) => {
      const run = await replay(entry, role);
      if (!role) {
        if (isRefusal(run.outcome)) return expectRefusedAndUnchanged(run);
        return expect(changedTables(run.diff), "a visitor changes nothing").toEqual([]);
      }
      const tables = changedTables(run.diff);
      expect(tables).toEqual(expect.arrayContaining(expectation.changes));
      expect(tables.filter((table) => table !== "User" && !expectation.mayChange.includes(table))).toEqual([]);
      expect(run.diff.get("User") ?? [], "only the own account changes").toEqual(run.diff.has("User") ? [actors[role].id] : []);
      await run.prepared.check?.(run.diff);
    });
  }

  if (expectation.kind === "public") {
    it("gains a signed-in session nothing beyond what a visitor gains", async () => {
      const visitor = effect(await replay(entry, null));
      expect(visitor.tables).toEqual(expect.arrayContaining(expectation.changes));
      expect(visitor.tables).not.toContain("SecurityEvent");
      for (const role of ROLES) expect(effect(await replay(entry, role)), `as ${role}`).toEqual(visitor);
    });
  }
});
