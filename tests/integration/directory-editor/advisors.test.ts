import { beforeAll, describe, expect, it } from "vitest";
import type { AdvisorInput } from "@/lib/advisor/schema";
import { createAdvisor, transitionAdvisor, updateAdvisor, verifyAdvisor } from "@/lib/advisor/service";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { actorFor, advisorFormInput, auditRows, EDITOR, expectAppError, searchSlugs, uniqueWord } from "./helpers";

let editor: Actor;
let programmes: { id: string; slug: string }[];

const input = (name: string, extra: Record<string, unknown> = {}): AdvisorInput => advisorFormInput(name, { programmes: programmes.map((p) => p.slug), ...extra });

beforeAll(async () => {
  editor = await actorFor(EDITOR);
  programmes = await db.programme.findMany({ where: { status: "PUBLISHED" }, select: { id: true, slug: true }, take: 2, orderBy: { slug: "asc" } });
});

describe("advisor editing by an editor", () => {
  it("creates a draft with a slug from the name, its links and an audit row; drafts are not searchable", async () => {
    const word = uniqueWord("Anlegeberatung");
    const created = await createAdvisor(editor, input(`Jana Müller ${word}`));
    expect(created.slug).toBe(`jana-mueller-${word.toLowerCase()}`);
    const row = await db.advisor.findUniqueOrThrow({
      where: { id: created.id },
      include: { organisation: true, topics: true, programmes: true, regions: true },
    });
    expect(row.status).toBe("DRAFT");
    expect(row.lastVerifiedAt).toBeNull();
    expect(row.organisation.slug).toBe("ihk-trier");
    expect(row.languages).toEqual(["de", "fr"]);
    expect(row.programmes.map((p) => p.slug).sort()).toEqual(programmes.map((p) => p.slug));
    expect(row.regions.map((r) => r.slug).sort()).toEqual(["stadt-trier", "trier-saarburg"]);
    const audit = await auditRows("advisor", created.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["advisor.created", editor.id]]);
    expect(await searchSlugs("advisor", word)).toEqual([]);
  });

  it("updates over the loaded version, records before/after and keeps a second slug free of clashes", async () => {
    const word = uniqueWord("Kartenberatung");
    const first = await createAdvisor(editor, input(`Team ${word}`));
    const second = await createAdvisor(editor, input(`Team ${word}`));
    expect(second.slug).toBe(`${first.slug}-2`);

    const updated = await updateAdvisor(editor, first.id, { ...input(`Team ${word}`, { jobTitle: "Leitung", programmes: [] }), version: 1 });
    expect(updated.version).toBe(2);
    const row = await db.advisor.findUniqueOrThrow({ where: { id: first.id }, include: { programmes: true } });
    expect(row.jobTitle).toBe("Leitung");
    expect(row.programmes).toEqual([]);
    const last = (await auditRows("advisor", first.id)).at(-1)!;
    expect(last.action).toBe("advisor.updated");
    expect(last.changes).toEqual({
      jobTitle: { before: "Digitalisierungsberaterin", after: "Leitung" },
      programmes: { before: programmes.map((p) => p.slug), after: [] },
    });
  });

  it("refuses a taken slug and unknown links with field messages, writing nothing", async () => {
    const word = uniqueWord("Slugberatung");
    const a = await createAdvisor(editor, input(`A ${word}`));
    const error = await expectAppError(createAdvisor(editor, input(`B ${word}`, { slug: a.slug })), "INVALID");
    expect(error.details.fieldErrors).toEqual({ slug: ["errors.slugTaken"] });
    const links = await expectAppError(
      createAdvisor(editor, input(`C ${word}`, { organisation: "gibt-es-nicht", topics: ["nein"], regions: ["mars"] })),
      "INVALID",
    );
    expect(Object.keys(links.details.fieldErrors ?? {}).sort()).toEqual(["organisation", "regions", "topics"]);
    expect(await db.advisor.count({ where: { name: { contains: word } } })).toBe(1);
  });

  it("refuses a save based on an outdated version, showing what differs, and changes nothing", async () => {
    const word = uniqueWord("Konfliktberatung");
    const created = await createAdvisor(editor, input(`Konflikt ${word}`));
    await updateAdvisor(editor, created.id, { ...input(`Konflikt ${word}`, { town: "Bitburg" }), version: 1 });
    const auditBefore = (await auditRows("advisor", created.id)).length;

    const error = await expectAppError(
      updateAdvisor(editor, created.id, { ...input(`Konflikt ${word}`, { summary: "Meine Fassung" }), version: 1 }),
      "CONFLICT",
    );
    expect(error.details.current).toEqual({
      currentVersion: 2,
      changes: {
        summary: { mine: "Meine Fassung", theirs: `Berät Handwerksbetriebe zur Konflikt ${word}` },
        town: { mine: "Trier", theirs: "Bitburg" },
      },
    });
    const row = await db.advisor.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.summary, row.town, row.version]).toEqual([`Berät Handwerksbetriebe zur Konflikt ${word}`, "Bitburg", 2]);
    expect(await auditRows("advisor", created.id)).toHaveLength(auditBefore);
  });

  it("publishes into the search, archives out of it, restores as a draft; each step audited", async () => {
    const word = uniqueWord("Suchberatung");
    const created = await createAdvisor(editor, input(`Suche ${word}`));
    await transitionAdvisor(editor, created.id, "submit", 1);
    await transitionAdvisor(editor, created.id, "publish", 2);
    expect(await searchSlugs("advisor", word)).toEqual([created.slug]);
    const published = await db.advisor.findUniqueOrThrow({ where: { id: created.id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).not.toBeNull();

    await transitionAdvisor(editor, created.id, "archive");
    expect(await searchSlugs("advisor", word)).toEqual([]);
    await transitionAdvisor(editor, created.id, "restore");
    expect((await db.advisor.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");
    expect((await auditRows("advisor", created.id)).map((a) => a.action)).toEqual([
      "advisor.created",
      "advisor.submitted",
      "advisor.published",
      "advisor.archived",
      "advisor.restored",
    ]);
  });

  it("refuses a transition the status does not allow and a transition on an outdated version", async () => {
    const created = await createAdvisor(editor, input(`Status ${uniqueWord("Statusberatung")}`));
    await expectAppError(transitionAdvisor(editor, created.id, "unpublish"), "INVALID");
    await expectAppError(transitionAdvisor(editor, created.id, "restore"), "INVALID");
    await expectAppError(transitionAdvisor(editor, created.id, "publish", 7), "CONFLICT");
    expect((await db.advisor.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");
    await expectAppError(transitionAdvisor(editor, "no-such-id", "publish"), "NOT_FOUND");
  });

  it("confirms 'zuletzt geprüft' in one click without raising the version", async () => {
    const created = await createAdvisor(editor, input(`Prüfung ${uniqueWord("Pruefberatung")}`));
    await db.advisor.update({ where: { id: created.id }, data: { lastVerifiedAt: new Date("2024-01-01T00:00:00Z") } });
    const started = Date.now();
    await verifyAdvisor(editor, created.id);
    const row = await db.advisor.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.lastVerifiedAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(row.version).toBe(1);
    const last = (await auditRows("advisor", created.id)).at(-1)!;
    expect(last.action).toBe("advisor.verified");
    expect(last.changes).toMatchObject({ lastVerifiedAt: { before: "2024-01-01T00:00:00.000Z" } });
  });
});
