import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/account/invitation-accept";
import { inviteToProfile, revokeInvitation } from "@/lib/account/invitations";
import type { Actor } from "@/lib/auth/actor";
import { getUserOrThrow, listUsers } from "@/lib/user/queries";
import { demoActor } from "../auth/fixtures";
import { freeAdvisor, freeProvider, tokenFromMail, unique } from "../self-service/helpers";

// /redaktion/benutzer shows each account's state from listUsers: an invited person who has not
// set a password yet is "eingeladen", not "aktiv".
let admin: Actor, editor: Actor;
beforeAll(async () => {
  [admin, editor] = await Promise.all([demoActor("admin@regiontrier.example"), demoActor("redaktion@regiontrier.example")]);
});

const stateInList = async (userId: string) => (await listUsers(admin)).find((user) => user.id === userId)?.state;

describe("account state in the user administration", () => {
  it("shows an invitation as invited until the password is set, then as active", async () => {
    const email = `${unique("state")}@example.org`;
    const provider = await freeProvider();
    const { userId } = await inviteToProfile(editor, { name: "Ines Offen", email, target: { providerId: provider.id } });
    expect(await stateInList(userId)).toBe("invited");
    expect((await getUserOrThrow(admin, userId)).state).toBe("invited");

    await acceptInvitation(await tokenFromMail(email), "Ein-langes-Passwort-2026");
    expect(await stateInList(userId)).toBe("active");
    expect((await getUserOrThrow(admin, userId)).state).toBe("active");
    expect(await stateInList(admin.id)).toBe("active");
  });

  it("shows a revoked invitation as disabled", async () => {
    const advisor = await freeAdvisor();
    const { userId } = await inviteToProfile(editor, { name: "Rita Zurück", email: `${unique("revoked")}@example.org`, target: { advisorId: advisor.id } });
    await revokeInvitation(editor, userId);
    expect(await stateInList(userId)).toBe("disabled");
  });
});
