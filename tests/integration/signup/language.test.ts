import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { approveProviderSignup, confirmProviderSignup, rejectProviderSignup } from "@/lib/signup/service";
import { actorFor, EDITOR, uniqueWord } from "../directory-editor/helpers";
import { submitted, uniqueEmail } from "./helpers";

// Issue 20: a provider who signs up on the French or English form gets every mail about the
// sign-up (confirmation, approval, rejection) in that language, linking the pages in it.
let editor: Actor;

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

const mailsTo = (email: string) => db.mailMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

describe("sign-up mails in the form's language", () => {
  it("French: the confirmation and the approval are French and link the French pages", async () => {
    const email = uniqueEmail("inscription");
    const { id, token } = await submitted(`${uniqueWord("Numerique")} SARL`, email, "fr");
    expect((await db.providerSignup.findUniqueOrThrow({ where: { id } })).locale).toBe("fr");
    const [confirmation] = await mailsTo(email);
    expect(confirmation!.subject).toBe("Veuillez confirmer votre inscription sur Digitale Region Trier");
    expect(confirmation!.htmlBody).toContain('<html lang="fr">');
    expect(confirmation!.secretLink).toMatch(/\/fr\/dienstleister\/eintragen\/bestaetigen\/[A-Za-z0-9_-]+$/);
    expect(confirmation!.textBody).not.toMatch(/Guten Tag|Uhr/);

    expect(await confirmProviderSignup(token)).toBe("valid");
    const { slug } = await approveProviderSignup(editor, id);
    const approval = (await mailsTo(email)).at(-1)!;
    expect(approval.subject).toBe("Votre entrée sur Digitale Region Trier est publiée");
    expect(approval.textBody).toContain(`/fr/dienstleister/${slug}`);
    // The invitation page belongs to the German-only account area.
    expect(approval.secretLink).toMatch(/\/einladung\/[A-Za-z0-9_-]+$/);
  });

  it("English: the rejection is English around the editor's reason as written", async () => {
    const email = uniqueEmail("rejected-en");
    const { id, token } = await submitted(`${uniqueWord("English")} Ltd`, email, "en");
    expect((await mailsTo(email))[0]!.subject).toBe("Confirm your entry on Digitale Region Trier");
    await confirmProviderSignup(token);
    await rejectProviderSignup(editor, id, { reason: "Kein Sitz in der Region Trier." });
    const rejection = (await mailsTo(email)).at(-1)!;
    expect(rejection.kind).toBe("signup-rejected");
    expect(rejection.subject).toBe("Your entry on Digitale Region Trier");
    expect(rejection.textBody).toContain("Kein Sitz in der Region Trier.");
    expect(rejection.htmlBody).toContain('<html lang="en">');
  });

  it("German stays the default: a sign-up without a language is German", async () => {
    const email = uniqueEmail("deutsch");
    const { id } = await submitted(`${uniqueWord("Deutsch")} GmbH`, email);
    expect((await db.providerSignup.findUniqueOrThrow({ where: { id } })).locale).toBe("de");
    expect((await mailsTo(email))[0]!.textBody).toMatch(/^Guten Tag Erika Muster,/);
  });
});
