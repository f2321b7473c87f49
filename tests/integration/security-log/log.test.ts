import { beforeAll, describe, expect, it, vi } from "vitest";
import { IDLE } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { listSecurityEvents, parseSecurityListParams } from "@/lib/security-log/list";
import { createUserAction } from "@/app/[locale]/(workspace)/redaktion/benutzer/actions";
import { validateImportAction } from "@/app/[locale]/(workspace)/redaktion/import/actions";
import { formDataOf, Interrupt, request } from "../replay/harness";
import { createAccount, uniqueEmail } from "../replay/fixtures";
import { expectAppError } from "../directory-editor/helpers";

// The requests below come through one reverse proxy that appends the client's address
// (TRUSTED_PROXIES=1, as behind nginx); lib/env.ts reads it when first imported.
vi.hoisted(() => {
  process.env.TRUSTED_PROXIES = "1";
});

// The refusal log of issue 11: refused actions leave a bounded, admin-only trace.
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  getActor: async () => request.actor,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": request.ip }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Interrupt("redirect", url);
  },
  forbidden: () => {
    throw new Interrupt("forbidden");
  },
}));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => false }),
}));

let actors: Record<Role, Actor>;
const SECRET_NAME = "Geheimer Formularwert";

beforeAll(async () => {
  actors = {
    ADMIN: await createAccount("ADMIN"),
    EDITOR: await createAccount("EDITOR"),
    ADVISOR: await createAccount("ADVISOR"),
    PROVIDER: await createAccount("PROVIDER"),
  };
});

const eventsOf = (actorKey: string) => db.securityEvent.findMany({ where: { actorKey }, orderBy: { firstAt: "asc" } });

async function replayCreateUser(actor: Actor | null, ip: string) {
  request.actor = actor;
  request.ip = ip;
  const form = formDataOf({ name: SECRET_NAME, email: uniqueEmail("log-victim"), password: "Geheimes-Passwort-2026", role: "ADMIN" });
  return createUserAction(IDLE, form);
}

describe("recording refusals", () => {
  it("a forbidden replay leaves one event naming who, what, when and from where; repeats raise its counter", async () => {
    const editor = actors.EDITOR;
    const state = await replayCreateUser(editor, "203.0.113.10");
    expect(state).toMatchObject({ status: "error", formError: "errors.forbidden" });
    const [event] = await eventsOf(editor.id);
    expect(event).toMatchObject({ actorId: editor.id, actorRole: "EDITOR", outcome: "FORBIDDEN", permission: "user.manage", count: 1, clientIp: "203.0.113.10" });
    expect(Date.now() - event!.lastAt.getTime()).toBeLessThan(5 * 60_000);

    await replayCreateUser(editor, "203.0.113.11");
    await replayCreateUser(editor, "203.0.113.12");
    const events = await eventsOf(editor.id);
    // Two rows only if the minute turned between the calls; the counts add up either way.
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events.reduce((sum, row) => sum + row.count, 0)).toBe(3);
    expect(events.at(-1)!.clientIp).toBe("203.0.113.12");
  });

  it("a flood from rotating addresses grows a counter, not the table", async () => {
    const advisor = actors.ADVISOR;
    for (let i = 0; i < 25; i++) await replayCreateUser(advisor, `198.51.100.${i}`);
    const events = await eventsOf(advisor.id);
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events.reduce((sum, row) => sum + row.count, 0)).toBe(25);
  });

  it("a refusal without a session is recorded as anonymous", async () => {
    const before = await db.securityEvent.aggregate({ where: { actorKey: "anonymous", outcome: "UNAUTHENTICATED" }, _sum: { count: true } });
    await expect(replayCreateUser(null, "192.0.2.50")).resolves.toMatchObject({ formError: "errors.unauthenticated" });
    const after = await db.securityEvent.aggregate({ where: { actorKey: "anonymous", outcome: "UNAUTHENTICATED" }, _sum: { count: true } });
    expect((after._sum.count ?? 0) - (before._sum.count ?? 0)).toBe(1);
  });

  it("actions outside runFormAction record their refusals too (import upload by a provider)", async () => {
    request.actor = actors.PROVIDER;
    const form = formDataOf({ typ: "foerderprogramme", datei: new File(["Titel\n"], "x.csv", { type: "text/csv" }) });
    // Back to the upload page with the refusal (the area's layout answers the complete 403 page).
    await expect(validateImportAction(form)).rejects.toMatchObject({ kind: "redirect", url: "/redaktion/import?fehler=forbidden" });
    expect(await eventsOf(actors.PROVIDER.id)).toMatchObject([{ outcome: "FORBIDDEN", permission: "import.run", action: "import.validate", count: 1 }]);
  });

  it("bounds attacker-controlled header text", async () => {
    await replayCreateUser(actors.PROVIDER, "x".repeat(5000));
    const rows = await eventsOf(actors.PROVIDER.id);
    expect(Math.max(...rows.map((row) => row.clientIp.length))).toBeLessThanOrEqual(100);
  });
});

describe("reading the log", () => {
  const params = parseSecurityListParams({});

  it("is refused to editors, advisors, providers and visitors", async () => {
    await expectAppError(listSecurityEvents(actors.EDITOR, params), "FORBIDDEN");
    await expectAppError(listSecurityEvents(actors.ADVISOR, params), "FORBIDDEN");
    await expectAppError(listSecurityEvents(actors.PROVIDER, params), "FORBIDDEN");
    await expectAppError(listSecurityEvents(null, params), "UNAUTHENTICATED");
  });

  it("shows an admin the events newest first, without any e-mail address or form value", async () => {
    await replayCreateUser(actors.EDITOR, "203.0.113.99");
    const list = await listSecurityEvents(actors.ADMIN, params);
    expect(list.items[0]).toMatchObject({ actorId: actors.EDITOR.id, actorName: actors.EDITOR.name, actorRole: "EDITOR", permission: "user.manage", clientIp: "203.0.113.99" });
    const lastAts = list.items.map((item) => item.lastAt);
    expect(lastAts).toEqual([...lastAts].sort().reverse());
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/@/);
    expect(text).not.toContain(SECRET_NAME);
    expect(text).not.toContain("Geheimes-Passwort");
  });

  it("filters by who and outcome; malformed filters mean no filter", async () => {
    const anonymous = await listSecurityEvents(actors.ADMIN, parseSecurityListParams({ wer: "anonym" }));
    expect(anonymous.items.length).toBeGreaterThan(0);
    expect(anonymous.items.every((item) => item.actorId === null && item.outcome === "UNAUTHENTICATED")).toBe(true);
    const editors = await listSecurityEvents(actors.ADMIN, parseSecurityListParams({ wer: "EDITOR", ergebnis: "FORBIDDEN" }));
    expect(editors.items.every((item) => item.actorRole === "EDITOR" && item.outcome === "FORBIDDEN")).toBe(true);
    expect(parseSecurityListParams({ wer: "<script>", ergebnis: ["x", "y"], tage: "-5", seite: "abc" })).toEqual({ outcome: undefined, who: undefined, days: 7, page: 1 });
  });
});
