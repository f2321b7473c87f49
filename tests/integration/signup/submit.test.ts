import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/account/tokens";
import { db } from "@/lib/db/client";
import { confirmProviderSignup, inspectSignupToken, SIGNUP_LIMIT, submitProviderSignup } from "@/lib/signup/service";
import { expectAppError, uniqueWord } from "../directory-editor/helpers";
import { confirmationToken, formValues, freshIp, signupsFor, submitted, uniqueEmail } from "./helpers";

describe("provider sign-up: the public form", () => {
  it("stores the sign-up UNCONFIRMED with only a hash of its token and queues the confirmation mail", async () => {
    const email = uniqueEmail("signup");
    const name = `${uniqueWord("Formwerk")} GmbH`;
    expect(await submitProviderSignup(formValues(name, email.toUpperCase()), freshIp())).toEqual({ status: "received" });

    const [signup, ...more] = await signupsFor(email);
    expect(more).toEqual([]);
    expect([signup!.status, signup!.contactName, signup!.confirmedAt]).toEqual(["UNCONFIRMED", "Erika Muster", null]);
    const data = signup!.data as Record<string, unknown>;
    expect([data.name, data.region, data.services, data.industries, data.email]).toEqual([name, "stadt-trier", ["WEBSITE_SHOP", "SOFTWARE"], ["HANDWERK"], email]);
    // Plain text only: markup typed into the description is escaped, never kept as markup.
    expect(data.description).toBe("<p>Wir bauen Webseiten.</p>\n<p>Und &lt;script&gt;alert(1)&lt;/script&gt; Apps.</p>");

    const token = await confirmationToken(email);
    const tokens = await db.accountToken.findMany({ where: { signupId: signup!.id } });
    expect(tokens.map((t) => [t.purpose, t.tokenHash])).toEqual([["SIGNUP_CONFIRMATION", hashToken(token)]]);
    expect(JSON.stringify(tokens)).not.toContain(token);
    const mails = await db.mailMessage.findMany({ where: { toAddress: email } });
    expect(mails.map((m) => m.kind)).toEqual(["signup-confirmation"]);
    expect(mails[0]!.textBody).toContain(name);
  });

  it("refuses invalid input with German field messages and stores nothing", async () => {
    const email = uniqueEmail("invalid");
    const error = await expectAppError(
      submitProviderSignup(formValues("", email, { services: "", consent: undefined, postalCode: "12", region: "eu", website: "javascript:alert(1)" }), freshIp()),
      "INVALID",
    );
    expect(error.details.fieldErrors).toMatchObject({
      name: ["validation.required"],
      services: ["validation.chooseOne"],
      consent: ["signup.validation.consent"],
      postalCode: ["validation.postalCode"],
      website: ["validation.url"],
    });
    // A region that is no Kreis is refused too (checked against the taxonomy).
    const region = await expectAppError(submitProviderSignup(formValues("Gebiet GmbH", email, { region: "eu" }), freshIp()), "INVALID");
    expect(region.details.fieldErrors).toEqual({ region: ["validation.invalidOption"] });
    expect(await signupsFor(email)).toEqual([]);
  });

  it("answers a filled honeypot like a real sign-up and stores nothing, not even a mail", async () => {
    const email = uniqueEmail("robot");
    const signups = await db.providerSignup.count();
    const outcome = await submitProviderSignup(formValues("Robot GmbH", email, { fax: "http://spam.example" }), freshIp());
    expect(outcome).toEqual({ status: "received" });
    expect(await db.providerSignup.count()).toBe(signups);
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(0);
  });

  it("refuses the sixth sign-up from one client address within an hour", async () => {
    const ip = `10.99.${process.pid % 250}.${Date.now() % 250}`;
    const email = uniqueEmail("flood");
    for (let i = 0; i < SIGNUP_LIMIT.limit; i++) {
      expect((await submitProviderSignup(formValues(`Flut ${i} GmbH`, email), ip)).status).toBe("received");
    }
    const sixth = await submitProviderSignup(formValues("Flut 6 GmbH", email), ip);
    expect(sixth.status).toBe("rateLimited");
    expect(sixth.status === "rateLimited" && sixth.retryAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect((await signupsFor(email)).length).toBe(SIGNUP_LIMIT.limit);
    // Another address is not affected.
    expect((await submitProviderSignup(formValues("Andere GmbH", uniqueEmail("other")), freshIp())).status).toBe("received");
  });
});

describe("provider sign-up: double opt-in", () => {
  it("inspecting the link changes nothing; confirming moves the sign-up to PENDING once", async () => {
    const email = uniqueEmail("confirm");
    const name = `${uniqueWord("Bestaetigt")} KG`;
    const { id, token } = await submitted(name, email);

    expect(await inspectSignupToken(token)).toEqual({ state: "valid", companyName: name });
    expect((await db.providerSignup.findUniqueOrThrow({ where: { id } })).status).toBe("UNCONFIRMED");

    expect(await confirmProviderSignup(token)).toBe("valid");
    const signup = await db.providerSignup.findUniqueOrThrow({ where: { id } });
    expect(signup.status).toBe("PENDING");
    expect(signup.confirmedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { entityId: id, action: "providerSignup.confirmed" } })).toBe(1);

    expect(await confirmProviderSignup(token)).toBe("used");
    expect((await inspectSignupToken(token)).state).toBe("used");
  });

  it("refuses an expired link and leaves the sign-up unconfirmed", async () => {
    const email = uniqueEmail("expired");
    const { id, token } = await submitted(`${uniqueWord("Abgelaufen")} GmbH`, email);
    await db.accountToken.updateMany({ where: { signupId: id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await inspectSignupToken(token)).state).toBe("expired");
    expect(await confirmProviderSignup(token)).toBe("expired");
    expect((await db.providerSignup.findUniqueOrThrow({ where: { id } })).status).toBe("UNCONFIRMED");
  });

  it("knows no made-up token", async () => {
    expect(await confirmProviderSignup("gibt-es-nicht")).toBe("unknown");
    expect((await inspectSignupToken("gibt-es-nicht")).state).toBe("unknown");
  });
});
