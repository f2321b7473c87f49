import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listPublishedEventCards } from "@/lib/event/queries";
import { loadEventState } from "@/lib/event/editor-state";
import { eventInput, type EventInput } from "@/lib/event/schema";
import { createEvent, publishEvent, updateEvent } from "@/lib/event/service";
import { getImporter } from "@/lib/import/entities";
import { actorFor, EDITOR, expectAppError, searchSlugs, uniqueWord } from "../directory-editor/helpers";

// Events through their services against the database: Berlin times, links, workflow, publish
// check, search documents and the export record.
let editor: Actor;

const input = (title: string, extra: Record<string, unknown> = {}): EventInput =>
  eventInput.parse({
    title,
    summary: `Praxisabend ${title}`,
    description: "<p>Programm</p>",
    organiser: "hwk-trier",
    format: "HYBRID",
    venueName: "Handwerkskammer Trier",
    town: "Trier",
    onlineUrl: "https://example.org/live",
    startsAt: "2030-03-31T18:00",
    endsAt: "2030-03-31T20:00",
    targetGroups: ["HANDWERK"],
    topics: ["ki-innovation"],
    regions: ["eifelkreis-bitburg-pruem"],
    ...extra,
  });

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

describe("events", () => {
  it("stores Berlin wall-clock times as instants (summer time: UTC+2) and shows them back as typed", async () => {
    const created = await createEvent(editor, input(`Zeitprobe ${uniqueWord("z")}`));
    const row = await db.event.findUniqueOrThrow({ where: { id: created.id }, select: { startsAt: true, endsAt: true, status: true } });
    expect(row.startsAt.toISOString()).toBe("2030-03-31T16:00:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2030-03-31T18:00:00.000Z");
    expect(row.status).toBe("DRAFT");
    const state = await loadEventState(db, created.id);
    expect(state?.startsAt).toBe("2030-03-31T18:00");
  });

  it("refuses to publish without a region, then publishes; the event is a card and a search document", async () => {
    const word = uniqueWord("Suchprobe");
    const created = await createEvent(editor, input(`KI-Abend ${word}`, { regions: [] }));
    const refused = await expectAppError(publishEvent(editor, created.id, created.version), "INVALID");
    expect(refused.details?.fieldErrors).toEqual({ regions: ["eventEditor.publishCheck.regions"] });

    const state = (await loadEventState(db, created.id))!;
    const saved = await updateEvent(editor, created.id, { ...input(state.title, { slug: state.slug }), version: state.version });
    await publishEvent(editor, created.id, saved.version);
    const cards = await listPublishedEventCards();
    expect(cards.find((card) => card.slug === created.slug)).toMatchObject({ format: "HYBRID", organiserSlug: "hwk-trier", topicSlugs: ["ki-innovation"] });
    expect(await searchSlugs("event", word)).toEqual([created.slug]);
  });

  it("exports the editor's record with wall-clock times the import reads back", async () => {
    const word = uniqueWord("Exportprobe");
    await createEvent(editor, input(`Export ${word}`));
    const importer = getImporter("event")!;
    const records = [];
    for await (const batch of importer.exportBatches(editor, new URLSearchParams({ q: word }), 10)) records.push(...batch);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ startsAt: "2030-03-31 18:00", endsAt: "2030-03-31 20:00", format: "hybrid", organiser: "hwk-trier" });
    expect(importer.schema.safeParse({ ...records[0], format: "HYBRID", targetGroups: ["HANDWERK"] }).success).toBe(true);
  });
});
