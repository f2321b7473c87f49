import { describe, expect, it } from "vitest";
import { z } from "zod";
import editorMessages from "@/messages/de/editor.json";
import signupMessages from "@/messages/de/signup.json";
import { providerInput } from "@/lib/provider/schema";
import { HONEYPOT_FIELD, isHoneypotFilled } from "@/lib/signup/honeypot";
import { SIGNUP_FIELDS } from "@/lib/signup/fields";
import { signupInput, toProviderData } from "@/lib/signup/schema";

const valid = {
  name: "Moselpixel GmbH",
  contactName: "Erika Muster",
  email: " Erika@Example.org ",
  phone: "",
  website: "",
  postalCode: "54290",
  town: "Trier",
  region: "stadt-trier",
  services: "SOFTWARE",
  industries: "",
  summary: "Apps für das Handwerk",
  description: "Zeile eins\nZeile <b>zwei</b>",
  size: "MICRO",
  consent: "ja",
};

/** Every message a field can get must exist in the German catalogue (editor or signup namespace). */
function germanText(key: string): string | undefined {
  const [ns, ...path] = key.startsWith("signup.") ? key.split(".") : ["editor", ...key.split(".")];
  const root: unknown = ns === "signup" ? signupMessages : editorMessages;
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root) as string | undefined;
}

describe("sign-up schema", () => {
  it("accepts a minimal sign-up and maps it to the provider form schema", () => {
    const input = signupInput.parse(valid);
    expect([input.email, input.services, input.industries, input.phone, input.website]).toEqual(["Erika@Example.org", ["SOFTWARE"], [], null, null]);
    const data = toProviderData(input);
    expect(data.email).toBe("erika@example.org");
    // Plain text: markup is escaped, line breaks kept.
    expect(data.description).toBe("<p>Zeile eins<br />Zeile &lt;b&gt;zwei&lt;/b&gt;</p>");
    expect(providerInput.parse(data)).toMatchObject({ name: "Moselpixel GmbH", region: "stadt-trier", references: [] });
  });

  it("names every problem with a German message key", () => {
    const result = signupInput.safeParse({ email: "keine-adresse", postalCode: "5429", website: "ftp://x", services: ["NICHTS"], size: "RIESIG", summary: "x".repeat(501) });
    expect(result.success).toBe(false);
    const { fieldErrors } = z.flattenError(result.error!);
    expect(Object.keys(fieldErrors).sort()).toEqual(
      ["name", "contactName", "email", "website", "postalCode", "town", "region", "services", "summary", "description", "size", "consent"].sort(),
    );
    for (const [field, keys] of Object.entries(fieldErrors)) {
      for (const key of keys as string[]) expect(germanText(key), `${field}: ${key}`).toMatch(/[a-zäöüß]/i);
    }
    expect(fieldErrors.consent).toEqual(["signup.validation.consent"]);
    expect(fieldErrors.postalCode).toEqual(["validation.postalCode"]);
    expect(fieldErrors.summary).toEqual(["validation.tooLong"]);
  });

  it("requires the consent box and the postal code", () => {
    const { fieldErrors } = z.flattenError(signupInput.safeParse({ ...valid, consent: "", postalCode: "" }).error!);
    expect(fieldErrors).toEqual({ consent: ["signup.validation.consent"], postalCode: ["validation.required"] });
  });

  it("names the schema's fields, in its order, for the form's labels", () => {
    expect([...SIGNUP_FIELDS]).toEqual(Object.keys(signupInput.shape));
  });

  it("labels every field in the form's catalogue", () => {
    for (const field of SIGNUP_FIELDS.filter((f) => f !== "consent")) expect(germanText(`signup.form.${field}`), field).toBeTruthy();
  });
});

describe("honeypot", () => {
  it("is filled only when the trap field holds something", () => {
    expect(isHoneypotFilled({})).toBe(false);
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: "" })).toBe(false);
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: "   " })).toBe(false);
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: "0651 123" })).toBe(true);
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: ["", "x"] })).toBe(true);
  });
});
