import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import {
  archiveProgramme,
  createProgramme,
  restoreProgramme,
  transitionProgramme,
  updateProgramme,
  verifyProgramme,
} from "@/lib/programme/service";
import { advisorActor, auditRows, editorActor, expectAppError, programmeInput, providerActor } from "./helpers";

let editor: Actor;

beforeAll(async () => {
  editor = await editorActor();
});

describe("programme editor services (EDITOR)", () => {
  it("creates a draft, not verified (only the „geprüft“ action verifies), with a generated unique slug, relations and an audit row", async () => {
    const input = await programmeInput({ title: "Förderung für Größere Übergänge" });
    const first = await createProgramme(editor, input);
    const second = await createProgramme(editor, { ...input });
    expect(first.slug).toBe("foerderung-fuer-groessere-uebergaenge");
    expect(second.slug).toBe("foerderung-fuer-groessere-uebergaenge-2");
    expect(first.status).toBe("DRAFT");
    expect(first.version).toBe(1);
    expect(first.lastVerifiedAt).toBeNull();
    expect(first.topicIds).toEqual(input.topicIds);
    expect(first.advisorIds).toEqual(input.advisorIds);
    expect(first.deadline).toBe("2099-12-31");
    const [audit] = await auditRows(first.id);
    expect(audit).toMatchObject({ action: "programme.created", actorId: editor.id });
    const changes = audit!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.title).toEqual({ before: null, after: input.title });
    expect(changes.topicIds).toEqual({ before: null, after: input.topicIds });
  });

  it("updates with the right version, raises it and audits before/after of the changed fields only", async () => {
    const created = await createProgramme(editor, await programmeInput());
    const otherTopic = await db.topic.findFirstOrThrow({ where: { id: { notIn: created.topicIds } }, select: { id: true } });
    const updated = await updateProgramme(editor, created.id, {
      ...(await programmeInput()),
      title: created.title,
      sourceUrl: created.sourceUrl,
      summary: "Neue Kurzbeschreibung",
      topicIds: [otherTopic.id],
      version: 1,
    });
    expect(updated.version).toBe(2);
    expect(updated.summary).toBe("Neue Kurzbeschreibung");
    expect(updated.slug).toBe(created.slug);
    const audits = await auditRows(created.id);
    expect(audits.map((a) => a.action)).toEqual(["programme.created", "programme.updated"]);
    const changes = audits[1]!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(Object.keys(changes).sort()).toEqual(["summary", "topicIds"]);
    expect(changes.summary).toEqual({ before: "Zuschuss für den Test.", after: "Neue Kurzbeschreibung" });
    expect(changes.topicIds).toEqual({ before: created.topicIds, after: [otherTopic.id] });
  });

  it("refuses the second of two saves from the same version with CONFLICT and the changed fields", async () => {
    const created = await createProgramme(editor, await programmeInput());
    const base = { ...(await programmeInput()), title: created.title, version: 1 };
    await updateProgramme(editor, created.id, { ...base, summary: "Fassung von Anna" });
    const error = await expectAppError(updateProgramme(editor, created.id, { ...base, summary: "Fassung von Ben" }), "CONFLICT");
    expect(error.details.current).toEqual({
      changes: { summary: { mine: "Fassung von Ben", theirs: "Fassung von Anna" } },
      currentVersion: 2,
    });
    const stored = await db.programme.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.summary).toBe("Fassung von Anna");
    expect(stored.version).toBe(2);
    expect((await auditRows(created.id)).length).toBe(2);
  });

  it("lets exactly one of two simultaneous saves from the same version win; the other is a CONFLICT", async () => {
    const created = await createProgramme(editor, await programmeInput());
    const base = { ...(await programmeInput()), title: created.title, version: 1 };
    const results = await Promise.allSettled([
      updateProgramme(editor, created.id, { ...base, summary: "Gleichzeitig A" }),
      updateProgramme(editor, created.id, { ...base, summary: "Gleichzeitig B" }),
    ]);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: "CONFLICT", details: { current: { currentVersion: 2 } } });
    expect((await db.programme.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(2);
    expect((await auditRows(created.id)).length).toBe(2);
  });

  it("refuses a taken slug as a field error and writes nothing", async () => {
    const a = await createProgramme(editor, await programmeInput());
    const b = await createProgramme(editor, await programmeInput());
    const error = await expectAppError(updateProgramme(editor, b.id, { ...(await programmeInput()), title: b.title, slug: a.slug, version: 1 }), "INVALID");
    expect(error.details.fieldErrors).toEqual({ slug: ["errors.slugTaken"] });
    expect((await db.programme.findUniqueOrThrow({ where: { id: b.id } })).version).toBe(1);
  });

  it("refuses unknown relation ids as field errors", async () => {
    const error = await expectAppError(createProgramme(editor, await programmeInput({ topicIds: ["nope"], fundingBodyId: "nope" })), "INVALID");
    expect(error.details.fieldErrors).toEqual({ topicIds: ["validation.invalidOption"], fundingBodyId: ["validation.invalidOption"] });
  });

  it("sanitizes rich text on save", async () => {
    const created = await createProgramme(
      editor,
      await programmeInput({
        description: '<p>Gut<script>alert(1)</script> <img src=x onerror="alert(2)"><a href="javascript:alert(3)">böse</a> <a href="https://ok.example">ok</a></p>',
        howToApply: "Schritt 1\nSchritt 2\n\nDann 5 < 6 & fertig",
        eligibility: '<p onclick="x" style="color:red">KMU</p>',
      }),
    );
    const stored = await db.programme.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.description).toBe('<p>Gut <a>böse</a> <a href="https://ok.example/" rel="noopener noreferrer">ok</a></p>');
    expect(stored.description).not.toMatch(/script|onerror|javascript:|alert/);
    expect(stored.eligibility).toBe("<p>KMU</p>");
    expect(stored.howToApply).toBe("<p>Schritt 1<br />Schritt 2</p>\n<p>Dann 5 &lt; 6 &amp; fertig</p>");
  });

  it("walks the workflow: submit, publish (publishedAt), unpublish, archive, restore — each audited", async () => {
    const created = await createProgramme(editor, await programmeInput());
    let row = await transitionProgramme(editor, created.id, "submit", 1);
    expect(row).toMatchObject({ status: "IN_REVIEW", version: 2, publishedAt: null });
    row = await transitionProgramme(editor, created.id, "publish", 2);
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toBeInstanceOf(Date);
    row = await transitionProgramme(editor, created.id, "unpublish", 3);
    expect(row).toMatchObject({ status: "DRAFT", publishedAt: null });
    row = await archiveProgramme(editor, created.id, 4);
    expect(row.status).toBe("ARCHIVED");
    row = await restoreProgramme(editor, created.id);
    expect(row).toMatchObject({ status: "DRAFT", version: 6 });
    const audits = await auditRows(created.id);
    expect(audits.map((a) => a.action)).toEqual([
      "programme.created",
      "programme.submitted",
      "programme.published",
      "programme.unpublished",
      "programme.archived",
      "programme.restored",
    ]);
    expect((audits[2]!.changes as Record<string, unknown>).status).toEqual({ before: "IN_REVIEW", after: "PUBLISHED" });
  });

  it("refuses a transition the status does not allow, and one from an outdated version", async () => {
    const created = await createProgramme(editor, await programmeInput());
    await expectAppError(transitionProgramme(editor, created.id, "restore", 1), "INVALID");
    await expectAppError(transitionProgramme(editor, created.id, "unpublish", 1), "INVALID");
    await transitionProgramme(editor, created.id, "publish", 1);
    await expectAppError(transitionProgramme(editor, created.id, "archive", 1), "CONFLICT");
    expect((await db.programme.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PUBLISHED");
  });

  it("confirms 'zuletzt geprüft' in one step without raising the version", async () => {
    const created = await createProgramme(editor, await programmeInput());
    await db.programme.update({ where: { id: created.id }, data: { lastVerifiedAt: new Date("2020-01-01T00:00:00Z") } });
    const row = await verifyProgramme(editor, created.id);
    expect(Date.now() - row.lastVerifiedAt!.getTime()).toBeLessThan(60_000);
    expect(row.version).toBe(1);
    expect((await auditRows(created.id)).at(-1)?.action).toBe("programme.verified");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expectAppError(updateProgramme(editor, "does-not-exist", { ...(await programmeInput()), version: 1 }), "NOT_FOUND");
    await expectAppError(verifyProgramme(editor, "does-not-exist"), "NOT_FOUND");
  });
});

describe("programme editor services refuse advisors and providers", () => {
  const mutations: [string, (actor: Actor, id: string) => Promise<unknown>][] = [
    ["create", async (actor) => createProgramme(actor, await programmeInput())],
    ["update", async (actor, id) => updateProgramme(actor, id, { ...(await programmeInput()), summary: "Gehackt", version: 1 })],
    ["submit", (actor, id) => transitionProgramme(actor, id, "submit", 1)],
    ["publish", (actor, id) => transitionProgramme(actor, id, "publish", 1)],
    ["unpublish", (actor, id) => transitionProgramme(actor, id, "unpublish")],
    ["archive", (actor, id) => archiveProgramme(actor, id, 1)],
    ["restore", (actor, id) => restoreProgramme(actor, id)],
    ["verify", (actor, id) => verifyProgramme(actor, id)],
  ];
  for (const [role, getActor] of [
    ["ADVISOR", advisorActor],
    ["PROVIDER", providerActor],
  ] as const) {
    for (const [name, mutate] of mutations) {
      it(`${role} may not ${name}: FORBIDDEN, nothing changed, no audit row`, async () => {
        const editor = await editorActor();
        const created = await createProgramme(editor, await programmeInput());
        if (name === "unpublish") await transitionProgramme(editor, created.id, "publish");
        if (name === "restore") await archiveProgramme(editor, created.id);
        const before = await db.programme.findUniqueOrThrow({ where: { id: created.id } });
        const auditsBefore = await db.auditLog.count();
        const programmesBefore = await db.programme.count();
        await expectAppError(mutate(await getActor(), created.id), "FORBIDDEN");
        expect(await db.programme.findUniqueOrThrow({ where: { id: created.id } })).toEqual(before);
        expect(await db.auditLog.count()).toBe(auditsBefore);
        expect(await db.programme.count()).toBe(programmesBefore);
      });
    }
  }
});
