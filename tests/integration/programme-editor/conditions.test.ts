import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getPublishedProgrammeBySlug, listPublishedProgrammeCards } from "@/lib/programme/queries";
import { programmeFields } from "@/lib/programme/schema";
import { createProgramme, publishProgramme, updateProgramme } from "@/lib/programme/service";
import { auditRows, editorActor, expectAppError, programmeInput } from "./helpers";

// Issue 15: the conditions the Förder-Check compares, written like every other programme field:
// parsed from the form's words, audited, under the version lock, and read by the public page and
// the cards the check matches.
let editor: Actor;

beforeAll(async () => {
  editor = await editorActor();
});

describe("programme conditions", () => {
  it("parses the form's values: a whole number of employees, ja / nein / keine Angabe", () => {
    const { maxEmployees, applyBeforeProjectStart } = programmeFields;
    expect([maxEmployees.parse("49"), maxEmployees.parse(""), maxEmployees.parse("1.000")]).toEqual([49, null, 1000]);
    expect([applyBeforeProjectStart.parse("ja"), applyBeforeProjectStart.parse("Nein"), applyBeforeProjectStart.parse("")]).toEqual([true, false, null]);
    expect(maxEmployees.safeParse("0").error?.issues[0]?.message).toBe("validation.numberRange");
    expect(maxEmployees.safeParse("viele").error?.issues[0]?.message).toBe("validation.number");
    expect(applyBeforeProjectStart.safeParse("vielleicht").error?.issues[0]?.message).toBe("validation.invalidOption");
  });

  it("creates and updates them, audits the change, and the public page and the check's cards read them", async () => {
    const created = await createProgramme(editor, await programmeInput({ maxEmployees: 49, applyBeforeProjectStart: true }));
    expect(created).toMatchObject({ maxEmployees: 49, applyBeforeProjectStart: true });
    const base = { ...(await programmeInput()), title: created.title, sourceUrl: created.sourceUrl, version: 1 };
    const updated = await updateProgramme(editor, created.id, { ...base, maxEmployees: 249, applyBeforeProjectStart: null });
    expect(updated).toMatchObject({ version: 2, maxEmployees: 249, applyBeforeProjectStart: null });
    const changes = (await auditRows(created.id))[1]!.changes as Record<string, { before: unknown; after: unknown }>;
    expect(changes.maxEmployees).toEqual({ before: 49, after: 249 });
    expect(changes.applyBeforeProjectStart).toEqual({ before: true, after: null });

    // A stale save names the changed condition in the conflict.
    const error = await expectAppError(updateProgramme(editor, created.id, { ...base, maxEmployees: 9, applyBeforeProjectStart: true }), "CONFLICT");
    expect(error.details.current).toMatchObject({ changes: { maxEmployees: { mine: 9, theirs: 249 } }, currentVersion: 2 });

    const live = await publishProgramme(editor, created.id, 2);
    const page = await getPublishedProgrammeBySlug(live.slug);
    expect(page).toMatchObject({ maxEmployees: 249, applyBeforeProjectStart: null });
    const card = (await listPublishedProgrammeCards()).find((c) => c.slug === live.slug);
    expect(card).toMatchObject({ maxEmployees: 249, applyBeforeProjectStart: null });
    expect((await db.programme.findUniqueOrThrow({ where: { id: created.id }, select: { maxEmployees: true } })).maxEmployees).toBe(249);
  });
});
