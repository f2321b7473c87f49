import type { Transporter } from "nodemailer";
import { describe, expect, it, vi } from "vitest";
import { hashToken } from "@/lib/account/tokens";
import { confirmAlert, inspectPendingAlert } from "@/lib/alerts/confirm";
import { sendAlertDigests } from "@/lib/alerts/digest-job";
import { deleteAlert, getManagedAlerts, unsubscribeAddress } from "@/lib/alerts/manage";
import { ALERT_ADDRESS_LIMIT } from "@/lib/alerts/subscribe";
import { addDays, berlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { pruneOldRows } from "@/lib/jobs/housekeeping";
import { deliverMail } from "@/lib/mail/deliver";
import { REDACTED } from "@/lib/mail/secret-link";
import { confirmationToken, digestsTo, freshIp, publishProgramme, subscribe, uniqueEmail, uniqueWord } from "./helpers";

vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Subscribes and confirms at `confirmedAt`; returns the manage token. */
async function confirmed(email: string, query: string, confirmedAt = new Date(Date.now() - HOUR)) {
  expect(await subscribe(email, query)).toEqual({ status: "received" });
  const manage = await confirmAlert(await confirmationToken(email), confirmedAt);
  expect(manage).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return manage!;
}

describe("alerts: double opt-in", () => {
  it("stores nothing but the pending request before the confirmation, then the address and its alert", async () => {
    const email = uniqueEmail("optin");
    const word = uniqueWord("optin");
    expect(await subscribe(email.toUpperCase(), `?q=${word}&foerderart=zuschuss&unbekannt=1&sortierung=a-z`)).toEqual({ status: "received" });

    expect(await db.alertSubscriber.count({ where: { email } })).toBe(0);
    const [pending, ...more] = await db.pendingAlert.findMany({ where: { email } });
    expect(more).toEqual([]);
    // Canonical: unknown parameters and the sort are dropped, the order is fixed.
    expect(pending!.query).toBe(`?foerderart=zuschuss&q=${word}`);
    const token = await confirmationToken(email);
    expect(pending!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(pending)).not.toContain(token);
    const [mail] = await db.mailMessage.findMany({ where: { toAddress: email } });
    expect(mail!.kind).toBe("alert-confirmation");
    expect(mail!.textBody).toContain("Förderart: Zuschuss");
    expect(mail!.textBody).not.toContain(token);

    // GET inspects only; the POST confirms once.
    expect(await inspectPendingAlert(token)).toMatchObject({ state: "valid" });
    expect(await inspectPendingAlert(token)).toMatchObject({ state: "valid" });
    const manage = await confirmAlert(token);
    expect(manage).not.toBeNull();
    expect(await confirmAlert(token)).toBeNull();
    expect(await inspectPendingAlert(token)).toEqual({ state: "invalid" });
    expect(await db.pendingAlert.count({ where: { email } })).toBe(0);

    const subscriber = await db.alertSubscriber.findUniqueOrThrow({ where: { email }, include: { alerts: true } });
    expect(subscriber.manageTokenHash).toBe(hashToken(manage!));
    expect(JSON.stringify(subscriber)).not.toContain(manage!);
    expect(subscriber.alerts.map((a) => a.query)).toEqual([`?foerderart=zuschuss&q=${word}`]);
    const managed = await getManagedAlerts(manage!);
    expect(managed?.alerts.map((a) => a.label)).toEqual([`Förderart: Zuschuss · Suchbegriff: „${word}“`]);
  });

  it("answers alike for new, known and over-the-limit addresses (no enumeration), and refuses bad input", async () => {
    const email = uniqueEmail("known");
    await confirmed(email, "?q=bekannt");
    // A known address gets the same answer and its own confirmation mail for the new alert.
    expect(await subscribe(email, "?foerderart=darlehen")).toEqual({ status: "received" });
    for (let i = 1; i < ALERT_ADDRESS_LIMIT.limit; i++) await subscribe(email, `?q=x${i}`);
    const mailsBefore = await db.mailMessage.count({ where: { toAddress: email } });
    expect(await subscribe(email, "?q=zuviel")).toEqual({ status: "received" });
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(mailsBefore);

    await expect(subscribe("keine-adresse", "")).rejects.toMatchObject({ code: "INVALID", details: { fieldErrors: { email: ["validation.email"] } } });
    const { requestAlert } = await import("@/lib/alerts/subscribe");
    await expect(requestAlert({ email: uniqueEmail("noconsent"), query: "" }, freshIp())).rejects.toMatchObject({
      details: { fieldErrors: { consent: ["alerts.validation.consent"] } },
    });
    // The honeypot: the same answer, nothing stored.
    const robot = uniqueEmail("robot");
    expect(await requestAlert({ email: robot, consent: "ja", query: "", fax: "spam" }, freshIp())).toEqual({ status: "received" });
    expect(await db.pendingAlert.count({ where: { email: robot } })).toBe(0);
  });

  it("limits requests per client address", async () => {
    const ip = freshIp();
    let outcome;
    for (let i = 0; i <= 10; i++) outcome = await subscribe(uniqueEmail("ip"), "", ip);
    expect(outcome).toMatchObject({ status: "rateLimited" });
  });

  it("deletes unconfirmed requests and their mails after 3 days, not before", async () => {
    const email = uniqueEmail("stale");
    await subscribe(email, "");
    const token = await confirmationToken(email);
    await pruneOldRows(new Date(Date.now() + 2 * DAY));
    expect(await db.pendingAlert.count({ where: { email } })).toBe(1);
    await pruneOldRows(new Date(Date.now() + 3 * DAY + 60_000));
    expect(await db.pendingAlert.count({ where: { email } })).toBe(0);
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(0);
    expect(await confirmAlert(token)).toBeNull();
  });
});

describe("alerts: the daily job", () => {
  it("mails a newly published matching programme exactly once; a second run the same day sends nothing", async () => {
    const email = uniqueEmail("digest");
    const word = uniqueWord("digest");
    const manage = await confirmed(email, `?q=${word}`, new Date(Date.now() - 2 * HOUR));
    const now = new Date();
    expect(await sendAlertDigests(now)).toMatchObject({});
    expect(await digestsTo(email)).toEqual([]);

    const programme = await publishProgramme(`Zuschuss ${word}`, { publishedAt: new Date(Date.now() - HOUR) });
    await publishProgramme(`Anderes Programm ohne Treffer ${uniqueWord("x")}`, { publishedAt: new Date(Date.now() - HOUR) });
    await sendAlertDigests(now);
    const [digest, ...more] = await digestsTo(email);
    expect(more).toEqual([]);
    expect(digest!.textBody).toContain(programme.title);
    expect(digest!.textBody).toContain(`/foerderprogramme/${programme.slug}`);
    expect(digest!.textBody).not.toContain("ohne Treffer");
    // The manage and unsubscribe links are secrets: redacted in the stored bodies.
    expect(digest!.textBody).not.toContain(manage);
    expect(digest!.htmlBody).not.toContain(manage);
    expect(digest!.textBody).toContain(`/benachrichtigungen/abmelden/${REDACTED}`);
    expect(digest!.unsubscribeLink).toMatch(new RegExp(`/benachrichtigungen/abmelden/${manage}$`));

    await sendAlertDigests(now);
    await sendAlertDigests(new Date(now.getTime() + 60_000));
    expect(await digestsTo(email)).toHaveLength(1);

    // Delivery reveals the links and sends the RFC 8058 headers.
    const sent: Record<string, unknown>[] = [];
    const transport = { sendMail: async (message: Record<string, unknown>) => sent.push(message) } as unknown as Transporter;
    expect(await deliverMail({ mailId: digest!.id, retryCount: 0, retryLimit: 3 }, transport)).toBe("sent");
    expect(sent[0]!.headers).toEqual({ "List-Unsubscribe": `<${digest!.unsubscribeLink}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(sent[0]!.text).toContain(`/benachrichtigungen/verwalten/${manage}`);
    expect(sent[0]!.text).toContain(`/benachrichtigungen/abmelden/${manage}`);
    const after = await db.mailMessage.findUniqueOrThrow({ where: { id: digest!.id } });
    expect([after.status, after.secretLink, after.unsubscribeLink]).toEqual(["SENT", null, null]);
  });

  it("sends nothing when nothing is new, and announces a near deadline once", async () => {
    const email = uniqueEmail("quiet");
    const word = uniqueWord("quiet");
    await publishProgramme(`Altes Programm ${word}`, { publishedAt: new Date(Date.now() - 10 * DAY) });
    await confirmed(email, `?q=${word}`);
    await sendAlertDigests(new Date());
    expect(await digestsTo(email)).toEqual([]);

    const soon = addDays(berlinDay(), 5);
    const near = await publishProgramme(`Frist bald ${word}`, { publishedAt: new Date(Date.now() - 10 * DAY), deadline: soon });
    await sendAlertDigests(new Date());
    const [digest] = await digestsTo(email);
    expect(digest!.textBody).toContain("Fristen in den nächsten 14 Tagen");
    expect(digest!.textBody).toContain(near.title);
    // The next day: the deadline was announced, nothing else is new.
    await sendAlertDigests(new Date(Date.now() + DAY));
    expect(await digestsTo(email)).toHaveLength(1);
  });

  it("unsubscribing removes the address and all its data and stops the next mail", async () => {
    const email = uniqueEmail("bye");
    const word = uniqueWord("bye");
    const manage = await confirmed(email, `?q=${word}`, new Date(Date.now() - 2 * HOUR));
    await publishProgramme(`Programm ${word}`, { publishedAt: new Date(Date.now() - HOUR) });
    await sendAlertDigests(new Date());
    expect(await digestsTo(email)).toHaveLength(1);

    expect(await unsubscribeAddress(manage)).toBe(true);
    expect(await unsubscribeAddress(manage)).toBe(false);
    expect(await db.alertSubscriber.count({ where: { email } })).toBe(0);
    expect(await db.alert.count({ where: { query: `?q=${word}` } })).toBe(0);
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(0);
    expect(await getManagedAlerts(manage)).toBeNull();

    await publishProgramme(`Noch ein Programm ${word}`, { publishedAt: new Date() });
    await sendAlertDigests(new Date(Date.now() + DAY));
    expect(await digestsTo(email)).toEqual([]);
  });

  it("deletes only the token's own alerts; the last one takes the address with it", async () => {
    const mine = uniqueEmail("mine");
    const other = uniqueEmail("other");
    const myToken = await confirmed(mine, "?q=eins");
    await subscribe(mine, "?q=zwei");
    await confirmAlert(await confirmationToken(mine));
    const otherToken = await confirmed(other, "?q=fremd");
    const otherAlert = await db.alert.findFirstOrThrow({ where: { subscriber: { email: other } } });

    expect(await deleteAlert(myToken, otherAlert.id)).toBe("invalid");
    expect(await db.alert.count({ where: { id: otherAlert.id } })).toBe(1);
    expect(await deleteAlert("x".repeat(43), otherAlert.id)).toBe("invalid");

    const mineAlerts = (await getManagedAlerts(myToken))!.alerts;
    expect(mineAlerts.map((a) => a.query)).toEqual(["?q=eins", "?q=zwei"]);
    expect(await deleteAlert(myToken, mineAlerts[0]!.id)).toBe("deleted");
    expect(await deleteAlert(myToken, mineAlerts[1]!.id)).toBe("unsubscribed");
    expect(await db.alertSubscriber.count({ where: { email: mine } })).toBe(0);
    expect(await getManagedAlerts(otherToken)).not.toBeNull();
  });
});
