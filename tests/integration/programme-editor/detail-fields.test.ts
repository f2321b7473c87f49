import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getPublishedProgrammeBySlug } from "@/lib/programme/queries";
import { createProgramme, publishProgramme, transitionProgrammeTx, unpublishProgramme, updateProgramme, updateProgrammeTx } from "@/lib/programme/service";
import { advisorActor, auditRows, editorActor, expectAppError, programmeInput, providerActor } from "./helpers";

// Issue 14.3: the fields a detail page answers with, written like every other programme field.
let editor: Actor;

beforeAll(async () => {
  editor = await editorActor();
});

const details = {
  legalBasisTitle: "Richtlinie über die Förderung von unternehmerischem Know-how",
  legalBasisUrl: "https://www.bafa.de/SharedDocs/Downloads/DE/Wirtschaft/unb_richtlinie.pdf",
  requiredDocuments: '<ul><li>Angebot</li><li onclick="x()">Nachweis<script>alert(1)</script></li></ul>',
  combinability: "EINGESCHRAENKT" as const,
  combinabilityNote: "nicht mit anderen De-minimis-Beihilfen",
  contactName: "Referat Beratung",
  contactEmail: "beratung@bafa.example",
  contactPhone: "+49 6196 0000-970",
};

async function published(overrides: Parameters<typeof programmeInput>[0] = {}) {
  const row = await createProgramme(editor, await programmeInput(overrides));
  return publishProgramme(editor, row.id, row.version);
}

describe("programme detail fields", () => {
  it("creates and updates them under the version lock, sanitizes the documents and audits every change", async () => {
    const successor = await createProgramme(editor, await programmeInput());
    const created = await createProgramme(editor, await programmeInput({ ...details, successorIds: [successor.id] }));
    expect(created).toMatchObject({ ...details, requiredDocuments: "<ul><li>Angebot</li><li>Nachweis</li></ul>", successorIds: [successor.id] });

    const base = { ...(await programmeInput()), title: created.title, ...details, version: 1 };
    const updated = await updateProgramme(editor, created.id, { ...base, combinability: "NICHT_KOMBINIERBAR", legalBasisUrl: null, successorIds: [] });
    expect(updated).toMatchObject({ version: 2, combinability: "NICHT_KOMBINIERBAR", legalBasisUrl: null, successorIds: [] });
    const changes = (await auditRows(created.id))[1]!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.combinability).toEqual({ before: "EINGESCHRAENKT", after: "NICHT_KOMBINIERBAR" });
    expect(changes.legalBasisUrl).toEqual({ before: details.legalBasisUrl, after: null });
    expect(changes.successorIds).toEqual({ before: [successor.id], after: [] });

    // A second save from version 1 is a conflict that names the new field, with readable values.
    const error = await expectAppError(updateProgramme(editor, created.id, { ...base, combinability: "KOMBINIERBAR" }), "CONFLICT");
    expect(error.details.current).toMatchObject({ changes: { combinability: { mine: "KOMBINIERBAR", theirs: "NICHT_KOMBINIERBAR" } }, currentVersion: 2 });
    expect((await db.programme.findUniqueOrThrow({ where: { id: created.id } })).combinability).toBe("NICHT_KOMBINIERBAR");
  });

  it("refuses a programme as its own successor and unknown successors as field errors", async () => {
    const created = await createProgramme(editor, await programmeInput());
    const self = await expectAppError(updateProgramme(editor, created.id, { ...(await programmeInput()), title: created.title, successorIds: [created.id], version: 1 }), "INVALID");
    expect(self.details.fieldErrors).toEqual({ successorIds: ["programmeEditor.form.validation.successorSelf"] });
    const unknown = await expectAppError(createProgramme(editor, await programmeInput({ successorIds: ["gibt-es-nicht"] })), "INVALID");
    expect(unknown.details.fieldErrors).toEqual({ successorIds: ["validation.invalidOption"] });
    expect((await db.programme.findUniqueOrThrow({ where: { id: created.id }, select: { version: true } })).version).toBe(1);
  });

  it("the public page links only published successors and shows the funding body's contact", async () => {
    const open = await published({ title: `Nachfolger offen ${Date.now()}`, titleFr: "Successeur ouvert" });
    const draft = await createProgramme(editor, await programmeInput({ title: `Nachfolger Entwurf ${Date.now()}` }));
    const ended = await published({ deadline: "2020-12-31", applicationStart: "2020-01-01", successorIds: [open.id, draft.id], ...details });
    const page = await getPublishedProgrammeBySlug(ended.slug);
    expect(page!.successors.map((s) => s.slug)).toEqual([open.slug]);
    // The link carries the successor's translations: French and English pages name it in their language.
    expect(page!.successors[0]).toMatchObject({ title: open.title, titleFr: "Successeur ouvert", titleEn: null });
    expect(page).toMatchObject({ combinability: "EINGESCHRAENKT", contactEmail: details.contactEmail, legalBasisTitle: details.legalBasisTitle });
    expect(Object.keys(page!.fundingBody).sort()).toEqual(["contactUrl", "email", "name", "phone", "shortName", "slug", "website"]);

    await unpublishProgramme(editor, open.id, open.version);
    expect((await getPublishedProgrammeBySlug(ended.slug))!.successors).toEqual([]);
  });

  it("a successor's change expires the pages that link it (their own tag, not only the list tag)", async () => {
    const successor = await published();
    const predecessor = await published({ successorIds: [successor.id] });
    const input = { ...(await programmeInput()), title: `${successor.title} neu`, version: successor.version };
    const { tags } = await db.$transaction((tx) => updateProgrammeTx(tx, editor, successor.id, input, { expectedVersion: successor.version }));
    expect(tags).toContain(`programme:${predecessor.slug}`);
    const status = await db.$transaction((tx) => transitionProgrammeTx(tx, editor, successor.id, "unpublish"));
    expect(status.tags).toContain(`programme:${predecessor.slug}`);
  });
});

describe("programme detail fields: who may write them", () => {
  it("refuses advisors and providers, with nothing changed", async () => {
    const target = await createProgramme(editor, await programmeInput());
    const other = await createProgramme(editor, await programmeInput());
    for (const actor of [await advisorActor(), await providerActor()]) {
      const input = { ...(await programmeInput()), title: target.title, ...details, successorIds: [other.id], version: 1 };
      await expectAppError(updateProgramme(actor, target.id, input), "FORBIDDEN");
      await expectAppError(createProgramme(actor, { ...input, version: undefined }), "FORBIDDEN");
    }
    const stored = await db.programme.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, combinability: true, successors: { select: { id: true } } } });
    expect(stored).toEqual({ version: 1, combinability: null, successors: [] });
    expect((await auditRows(target.id)).length).toBe(1);
  });
});
