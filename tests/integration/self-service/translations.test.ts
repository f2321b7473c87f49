import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedAdvisorBySlug } from "@/lib/advisor/queries";
import type { Actor } from "@/lib/auth/actor";
import { translatedKeys } from "@/lib/content/translations";
import { db, type Prisma } from "@/lib/db/client";
import { proposeOwnProfileChange } from "@/lib/revision/propose";
import { getRevisionForReview } from "@/lib/revision/queries";
import { approveRevision } from "@/lib/revision/review";
import { ADVISOR_SELF_FIELDS, selfTranslatedKeys } from "@/lib/revision/schema";
import { actorFor, ADVISOR, EDITOR, ownValues, PROVIDER, unique } from "./helpers";

// Issue 20 in self-service: advisors and providers propose French and English versions of their
// texts like any other field; the review shows them (by their labels' keys) and approval writes
// them. A proposal stored before translations existed leaves the entry's translations alone.
let editor: Actor;
let advisorActor: Actor;
let providerActor: Actor;

beforeAll(async () => {
  [editor, advisorActor, providerActor] = await Promise.all([actorFor(EDITOR), actorFor(ADVISOR), actorFor(PROVIDER)]);
});

const advisorId = () => advisorActor.advisorId!;
const version = async (type: "advisor" | "provider", id: string) =>
  (type === "advisor" ? await db.advisor.findUniqueOrThrow({ where: { id }, select: { version: true } }) : await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const changedFieldNames = async (revisionId: string) => (await getRevisionForReview(editor, revisionId)).changes.map((change) => change.field);

describe("translations in self-service proposals", () => {
  it("an advisor proposes them, the review lists them, approval writes them; an emptied one is removed", async () => {
    const summaryFr = `Conseil numérique ${unique("fr")}`;
    // As the form posts them: strings, "" for an empty field.
    const { id } = await proposeOwnProfileChange(advisorActor, await ownValues("advisor", advisorId(), { summaryFr, jobTitleEn: "Digital adviser", officeHoursFr: "", officeHoursEn: "Mondays" }));
    const stored = (await db.profileRevision.findUniqueOrThrow({ where: { id } })).data as Record<string, unknown>;
    expect(stored).toMatchObject({ summaryFr, jobTitleEn: "Digital adviser", officeHoursFr: null, officeHoursEn: "Mondays" });
    expect(await db.advisor.findUniqueOrThrow({ where: { id: advisorId() } })).toMatchObject({ summaryFr: null });

    expect(await changedFieldNames(id)).toEqual(["summaryFr", "jobTitleEn", "officeHoursEn"]);
    await approveRevision(editor, id, { version: await version("advisor", advisorId()) });
    const slug = (await db.advisor.findUniqueOrThrow({ where: { id: advisorId() } })).slug;
    expect(await getPublishedAdvisorBySlug(slug)).toMatchObject({ summaryFr, jobTitleEn: "Digital adviser", officeHoursEn: "Mondays", officeHoursFr: null });

    const cleared = await proposeOwnProfileChange(advisorActor, await ownValues("advisor", advisorId(), { jobTitleEn: "" }));
    expect((await getRevisionForReview(editor, cleared.id)).changes).toEqual([{ field: "jobTitleEn", current: "Digital adviser", proposed: null }]);
    await approveRevision(editor, cleared.id, { version: await version("advisor", advisorId()) });
    expect(await db.advisor.findUniqueOrThrow({ where: { id: advisorId() } })).toMatchObject({ jobTitleEn: null, summaryFr, officeHoursEn: "Mondays" });
  });

  it("a proposal stored before translations existed applies its fields and keeps the entry's translations", async () => {
    const before = await db.advisor.findUniqueOrThrow({ where: { id: advisorId() } });
    expect(before.summaryFr).not.toBeNull();
    const summary = `Alte Fassung ${unique("alt")}`;
    // Its data: the self-service fields of then, without any translation key.
    const translated = new Set(selfTranslatedKeys("advisor"));
    const oldShape = Object.fromEntries(Object.entries(await ownValues("advisor", advisorId(), { summary })).filter(([field]) => !translated.has(field)));
    expect(Object.keys(oldShape).length).toBe(ADVISOR_SELF_FIELDS.length - translated.size);
    const { id } = await proposeOwnProfileChange(advisorActor, await ownValues("advisor", advisorId()));
    await db.profileRevision.update({ where: { id }, data: { data: oldShape as Prisma.InputJsonValue } });

    expect(await changedFieldNames(id)).toEqual(["summary"]);
    await approveRevision(editor, id, { version: before.version });
    expect(await db.advisor.findUniqueOrThrow({ where: { id: advisorId() } })).toMatchObject({
      summary,
      version: before.version + 1,
      ...Object.fromEntries(translatedKeys(["jobTitle", "summary", "officeHours"]).map((key) => [key, before[key]])),
    });
  });

  it("a provider's proposed description translations are sanitized like the description, and applied", async () => {
    const id = providerActor.providerId!;
    const proposal = await proposeOwnProfileChange(
      providerActor,
      await ownValues("provider", id, { descriptionEn: '<p>Web <img src=x onerror="alert(1)">shops</p>', summaryFr: "Boutiques en ligne" }),
    );
    expect((await db.profileRevision.findUniqueOrThrow({ where: { id: proposal.id } })).data).toMatchObject({ descriptionEn: "<p>Web shops</p>", summaryFr: "Boutiques en ligne" });
    // (The seeded German description is plain text, the proposal's sanitized HTML: it may be listed too.)
    const changed = await changedFieldNames(proposal.id);
    const translated = new Set(selfTranslatedKeys("provider"));
    expect(changed.filter((field) => translated.has(field))).toEqual(["summaryFr", "descriptionEn"]);
    // Unchanged references are no change, though jsonb hands them back with their keys reordered.
    expect(changed).not.toContain("references");
    await approveRevision(editor, proposal.id, { version: await version("provider", id) });
    expect(await db.provider.findUniqueOrThrow({ where: { id } })).toMatchObject({ descriptionEn: "<p>Web shops</p>", summaryFr: "Boutiques en ligne", descriptionFr: null });
  });
});
