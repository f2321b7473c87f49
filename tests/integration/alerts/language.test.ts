import { describe, expect, it, vi } from "vitest";
import { confirmAlert, inspectPendingAlert } from "@/lib/alerts/confirm";
import { sendAlertDigests } from "@/lib/alerts/digest-job";
import { getManagedAlerts } from "@/lib/alerts/manage";
import { db } from "@/lib/db/client";
import { confirmationToken, digestsTo, freshIp, publishProgramme, subscribe, uniqueEmail, uniqueWord } from "./helpers";

vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

const HOUR = 3_600_000;

// Issue 20: a reader who asked for alerts on a French or English page gets the mails in that
// language, with links to the pages in it; the language of the latest confirmed request wins.
describe("alerts in the subscriber's language", () => {
  it("a request from a French page: French confirmation, label and digest, links to the French pages", async () => {
    const email = uniqueEmail("langue");
    const word = uniqueWord("langue");
    expect(await subscribe(email, `?foerderart=zuschuss&q=${word}`, freshIp(), "fr")).toEqual({ status: "received" });
    expect((await db.pendingAlert.findFirstOrThrow({ where: { email } })).locale).toBe("fr");

    const confirmation = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "alert-confirmation" } });
    expect(confirmation.subject).toBe("À confirmer\u00a0: alerte sur les programmes d'aide");
    expect(confirmation.textBody).toMatch(/^Bonjour,/);
    expect(confirmation.textBody).toContain("Type d'aide\u00a0: Subvention");
    expect(confirmation.textBody).not.toContain("Förderart");
    expect(confirmation.htmlBody).toContain('<html lang="fr">');
    expect(confirmation.secretLink).toMatch(/\/fr\/benachrichtigungen\/bestaetigen\/[A-Za-z0-9_-]+$/);

    const token = await confirmationToken(email);
    expect(await inspectPendingAlert(token, "fr")).toEqual({ state: "valid", label: expect.stringContaining("Type d'aide\u00a0: Subvention") });
    const manage = await confirmAlert(token, new Date(Date.now() - 2 * HOUR));
    expect((await db.alertSubscriber.findUniqueOrThrow({ where: { email } })).locale).toBe("fr");
    expect((await getManagedAlerts(manage!, "en"))?.alerts[0]?.label).toContain("Type of funding: Grant");

    const programme = await publishProgramme(`Zuschuss ${word}`, { publishedAt: new Date(Date.now() - HOUR) });
    await db.programme.update({ where: { id: programme.id }, data: { titleFr: `Subvention ${word}` } });
    const untranslated = await publishProgramme(`Nur deutsch ${word}`, { publishedAt: new Date(Date.now() - HOUR) });
    await sendAlertDigests(new Date());
    const [digest] = await digestsTo(email);
    expect(digest!.subject).toMatch(/^Du nouveau sur vos programmes d'aide/);
    expect(digest!.textBody).toMatch(new RegExp(`– Subvention ${word}\n {2}https?://[^/]+/fr/foerderprogramme/${programme.slug}\n`));
    expect(digest!.textBody).not.toContain(`Zuschuss ${word}`);
    // No French title: the German one, linked to the French page.
    expect(digest!.textBody).toContain(`Nur deutsch ${word}`);
    expect(digest!.textBody).toContain(`/fr/foerderprogramme/${untranslated.slug}`);
    expect(digest!.unsubscribeLink).toMatch(new RegExp(`/fr/benachrichtigungen/abmelden/${manage}$`));
    expect(digest!.secretLink).toMatch(new RegExp(`/fr/benachrichtigungen/verwalten/${manage}$`));
  });

  it("a later request confirmed from a German page switches the address's mails to German", async () => {
    const email = uniqueEmail("sprache");
    await subscribe(email, "?q=englisch", freshIp(), "en");
    expect((await db.mailMessage.findFirstOrThrow({ where: { toAddress: email } })).subject).not.toMatch(/[äöüß]|Förder/);
    await confirmAlert(await confirmationToken(email));
    expect((await db.alertSubscriber.findUniqueOrThrow({ where: { email } })).locale).toBe("en");
    await subscribe(email, "?q=deutsch");
    await confirmAlert(await confirmationToken(email));
    expect((await db.alertSubscriber.findUniqueOrThrow({ where: { email } })).locale).toBe("de");
  });
});
