import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getPublishedProgrammeBySlug, listPublishedProgrammeCards } from "@/lib/programme/queries";
import { programmeFields } from "@/lib/programme/schema";
import { createProgramme, publishProgramme, updateProgramme } from "@/lib/programme/service";
import { auditRows, editorActor, expectAppError, programmeInput } from "./helpers";

// Issue 20: French and English texts are programme fields like any other — parsed, sanitized,
// audited, under the version lock — and the public reads carry them.
let editor: Actor;

beforeAll(async () => {
  editor = await editorActor();
});

describe("programme translations", () => {
  it("are optional, and no longer than the German field", () => {
    const { titleFr, summaryEn, descriptionEn } = programmeFields;
    expect([titleFr.parse(""), summaryEn.parse("  "), descriptionEn.parse(" <p>Text</p> ")]).toEqual([null, null, "<p>Text</p>"]);
    expect(titleFr.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("validation.tooLong");
    expect(summaryEn.safeParse("x".repeat(600)).success).toBe(true);
  });

  it("are saved, sanitized, audited, locked and read by the public page and cards", async () => {
    const created = await createProgramme(
      editor,
      await programmeInput({ titleFr: "Subvention test", descriptionFr: "<p>Texte</p><script>alert(1)</script>", summaryEn: "Test grant" }),
    );
    expect(created).toMatchObject({ titleFr: "Subvention test", descriptionFr: "<p>Texte</p>", summaryEn: "Test grant", titleEn: null });

    const base = { ...(await programmeInput()), title: created.title, sourceUrl: created.sourceUrl, titleFr: "Subvention test", descriptionFr: "<p>Texte</p>", summaryEn: "Test grant", version: 1 };
    const updated = await updateProgramme(editor, created.id, { ...base, titleEn: "Test programme" });
    expect(updated).toMatchObject({ version: 2, titleEn: "Test programme", titleFr: "Subvention test" });
    const changes = (await auditRows(created.id))[1]!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.titleEn).toEqual({ before: null, after: "Test programme" });

    const conflict = await expectAppError(updateProgramme(editor, created.id, { ...base, titleEn: "Other" }), "CONFLICT");
    expect(conflict.details.current).toMatchObject({ changes: { titleEn: { mine: "Other", theirs: "Test programme" } } });

    const live = await publishProgramme(editor, created.id, 2);
    expect(await getPublishedProgrammeBySlug(live.slug)).toMatchObject({ titleFr: "Subvention test", titleEn: "Test programme", descriptionFr: "<p>Texte</p>" });
    const card = (await listPublishedProgrammeCards()).find((c) => c.slug === live.slug);
    expect(card).toMatchObject({ titleFr: "Subvention test", titleEn: "Test programme", summaryEn: "Test grant", summaryFr: null });
  });
});
