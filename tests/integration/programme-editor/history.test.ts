import { describe, expect, it } from "vitest";
import { getEntityHistory } from "@/lib/audit/queries";
import { createProgramme, transitionProgramme, updateProgramme } from "@/lib/programme/service";
import { editorActor, programmeInput } from "./helpers";

describe("getEntityHistory", () => {
  it("lists an entry's audit rows newest first, with the actor's name and before/after", async () => {
    const editor = await editorActor();
    const created = await createProgramme(editor, await programmeInput());
    await updateProgramme(editor, created.id, { ...(await programmeInput()), title: created.title, summary: "Geändert", version: 1 });
    await transitionProgramme(editor, created.id, "publish", 2);

    const history = await getEntityHistory(editor, "programme", created.id);
    expect(history.map((h) => h.action)).toEqual(["programme.published", "programme.updated", "programme.created"]);
    expect(history[0]!.actorName).toBe(editor.name);
    expect(history[1]!.changes.summary).toEqual({ before: "Zuschuss für den Test.", after: "Geändert" });
    expect(history[0]!.changes.status).toEqual({ before: "DRAFT", after: "PUBLISHED" });
    expect(new Date(history[0]!.at).getTime()).toBeGreaterThanOrEqual(new Date(history[2]!.at).getTime());
    expect(await getEntityHistory(editor, "programme", "unknown-id")).toEqual([]);
  });
});
