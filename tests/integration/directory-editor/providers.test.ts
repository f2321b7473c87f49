import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { providerFormToInput } from "@/lib/provider/schema";
import { createProvider, createProviderTx, transitionProvider, updateProvider, verifyProvider } from "@/lib/provider/service";
import { actorFor, auditRows, EDITOR, expectAppError, providerFormInput, searchSlugs, uniqueWord } from "./helpers";

let editor: Actor;

const input = providerFormInput;

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

describe("provider editing by an editor", () => {
  it("creates a draft, not verified, with its references and an audit row", async () => {
    const word = uniqueWord("Webwerk");
    const created = await createProvider(editor, input(`${word} GmbH`));
    const row = await db.provider.findUniqueOrThrow({ where: { id: created.id }, include: { references: true, region: true } });
    expect(row.lastVerifiedAt).toBeNull();
    expect([row.status, row.region.slug, row.foundedYear]).toEqual(["DRAFT", "bernkastel-wittlich", 2012]);
    expect(row.certifications).toEqual(["ISO 27001", "BSI IT-Grundschutz"]);
    expect(row.references.map((r) => [r.title, r.year, r.sortOrder])).toEqual([["Shop für eine Bäckerei", 2024, 0]]);
    expect((await auditRows("provider", created.id)).map((a) => [a.action, a.actorId])).toEqual([["provider.created", editor.id]]);
  });

  it("sanitizes the description on save: scripts, event handlers and javascript: links are gone", async () => {
    const created = await createProvider(
      editor,
      input(`Sanitize ${uniqueWord("Saubermann")}`, {
        description:
          '<p onclick="steal()">Hallo <strong>Welt</strong><img src=x onerror="alert(1)"></p><script>alert(1)</script>' +
          '<a href="javascript:alert(1)">böse</a> <a href="https://example.org" style="color:red">gut</a>',
      }),
    );
    const { description } = await db.provider.findUniqueOrThrow({ where: { id: created.id } });
    expect(description).not.toMatch(/script|onerror|onclick|javascript:|style=|<img/i);
    expect(description).toContain("<strong>Welt</strong>");
    expect(description).toMatch(/<a href="https:\/\/example\.org\/?"[^>]*>gut<\/a>/);

    // Markup alone leaves nothing: refused like an empty field.
    const error = await expectAppError(createProvider(editor, input("Leer GmbH", { description: "<script>x()</script>" })), "INVALID");
    expect(error.details.fieldErrors).toEqual({ description: ["validation.required"] });
  });

  it("replaces the references in the order of the form and records the change", async () => {
    const name = `${uniqueWord("Referenz")} KG`;
    const created = await createProvider(editor, input(name));
    const form = providerFormToInput({
      "references.0.title": "Neu A",
      "references.0.description": "A",
      "references.2.title": "Neu B",
      "references.2.description": "B",
      "references.2.year": "2021",
    });
    await updateProvider(editor, created.id, { ...input(name, { references: form.references }), version: 1 });
    const refs = await db.providerReference.findMany({ where: { providerId: created.id }, orderBy: { sortOrder: "asc" } });
    expect(refs.map((r) => [r.title, r.year, r.sortOrder])).toEqual([
      ["Neu A", null, 0],
      ["Neu B", 2021, 1],
    ]);
    const last = (await auditRows("provider", created.id)).at(-1)!;
    expect(Object.keys(last.changes as object)).toEqual(["references"]);
  });

  it("refuses a region that is no Kreis and a stale version, changing nothing", async () => {
    const name = `${uniqueWord("Stale")} UG`;
    const created = await createProvider(editor, input(name));
    const region = await expectAppError(updateProvider(editor, created.id, { ...input(name, { region: "deutschland" }), version: 1 }), "INVALID");
    expect(region.details.fieldErrors).toEqual({ region: ["validation.invalidOption"] });
    await updateProvider(editor, created.id, { ...input(name, { town: "Bernkastel-Kues" }), version: 1 });
    const conflict = await expectAppError(updateProvider(editor, created.id, { ...input(name, { phone: "0651 1234" }), version: 1 }), "CONFLICT");
    expect(conflict.details.current).toEqual({
      currentVersion: 2,
      changes: { phone: { mine: "0651 1234", theirs: null }, town: { mine: "Wittlich", theirs: "Bernkastel-Kues" } },
    });
    const row = await db.provider.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.phone, row.town, row.version]).toEqual([null, "Bernkastel-Kues", 2]);
  });

  it("publish makes it findable, unpublish and archive take it out; verify keeps the version", async () => {
    const word = uniqueWord("Netzwerkhaus");
    const created = await createProvider(editor, input(`${word} GmbH`));
    await transitionProvider(editor, created.id, "publish", 1);
    expect(await searchSlugs("provider", word)).toEqual([created.slug]);
    await transitionProvider(editor, created.id, "unpublish", 2);
    expect(await searchSlugs("provider", word)).toEqual([]);
    await transitionProvider(editor, created.id, "publish", 3);
    expect(await searchSlugs("provider", word)).toEqual([created.slug]);
    await transitionProvider(editor, created.id, "archive", 4);
    expect(await searchSlugs("provider", word)).toEqual([]);
    await verifyProvider(editor, created.id);
    expect((await db.provider.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(5);
    expect((await auditRows("provider", created.id)).map((a) => a.action)).toEqual([
      "provider.created",
      "provider.published",
      "provider.unpublished",
      "provider.published",
      "provider.archived",
      "provider.verified",
    ]);
  });

  it("a write inside a failing transaction leaves neither the entry nor its audit row (importer path)", async () => {
    const name = `${uniqueWord("Rollback")} GmbH`;
    const auditBefore = await db.auditLog.count();
    const failure = new Error("later row failed");
    await expect(
      db.$transaction(async (tx) => {
        await createProviderTx(tx, editor, input(name));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await db.provider.count({ where: { name } })).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
