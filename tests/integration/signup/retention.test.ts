import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { pruneOldRows } from "@/lib/jobs/housekeeping";
import { confirmProviderSignup, rejectProviderSignup } from "@/lib/signup/service";
import { actorFor, EDITOR, uniqueWord } from "../directory-editor/helpers";
import { submitted, uniqueEmail } from "./helpers";

// The privacy statement's promise (messages/de/legal.json "signups"): an unconfirmed sign-up goes
// after its 3 days, a rejected one 90 days after the decision, each with its mails; a fresh one and
// an approved one stay.
let editor: Actor;
beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

const age = (id: string, column: "createdAt" | "reviewedAt", days: number) =>
  db.$executeRawUnsafe(`UPDATE "ProviderSignup" SET "${column}" = now() - make_interval(days => $2) WHERE id = $1`, id, days);

describe("sign-up retention (nightly housekeeping)", () => {
  it("deletes unconfirmed sign-ups after 3 days and rejected ones after 90, with their mails and tokens", async () => {
    const oldEmail = uniqueEmail("alt-unbestaetigt");
    const old = await submitted(`${uniqueWord("Alt")} GmbH`, oldEmail);
    await age(old.id, "createdAt", 4);
    const fresh = await submitted(`${uniqueWord("Neu")} GmbH`, uniqueEmail("neu-unbestaetigt"));
    const rejectedEmail = uniqueEmail("abgelehnt");
    const rejected = await submitted(`${uniqueWord("Abgelehnt")} GmbH`, rejectedEmail);
    expect(await confirmProviderSignup(rejected.token)).toBe("valid");
    await rejectProviderSignup(editor, rejected.id, { reason: "Kein Sitz in der Region." });
    await age(rejected.id, "reviewedAt", 91);
    const recentEmail = uniqueEmail("kuerzlich-abgelehnt");
    const recent = await submitted(`${uniqueWord("Kuerzlich")} GmbH`, recentEmail);
    expect(await confirmProviderSignup(recent.token)).toBe("valid");
    await rejectProviderSignup(editor, recent.id, { reason: "Kein Sitz in der Region." });
    await age(recent.id, "reviewedAt", 89);

    const pruned = await pruneOldRows(new Date(Date.now() + 1000));
    expect(pruned.signups).toBeGreaterThanOrEqual(2);
    const left = await db.providerSignup.findMany({ where: { id: { in: [old.id, fresh.id, rejected.id, recent.id] } }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([fresh.id, recent.id].sort());
    expect(await db.mailMessage.count({ where: { toAddress: { in: [oldEmail, rejectedEmail] } } })).toBe(0);
    expect(await db.mailMessage.count({ where: { toAddress: recentEmail } })).toBeGreaterThan(0);
    expect(await db.accountToken.count({ where: { signupId: { in: [old.id, rejected.id] } } })).toBe(0);
  });
});
