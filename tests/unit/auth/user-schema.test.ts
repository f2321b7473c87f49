import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatClockTimeUp } from "@/lib/auth/time";
import { changePasswordSchema, createUserSchema } from "@/lib/user/schema";

const errors = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? {} : z.flattenError(result.error!).fieldErrors;

describe("createUserSchema", () => {
  const valid = { name: "Eva Muster", email: " Eva@Example.org ", role: "EDITOR", password: "ein-langes-passwort", advisorId: "", providerId: "x" };

  it("normalises the e-mail and drops links that do not fit the role", () => {
    const result = createUserSchema.parse(valid);
    expect(result).toMatchObject({ email: "eva@example.org", role: "EDITOR", advisorId: null, providerId: null });
  });

  it("requires the linked entry for advisors and providers", () => {
    expect(errors(createUserSchema.safeParse({ ...valid, role: "ADVISOR" }))).toMatchObject({ advisorId: ["auth.users.advisorRequired"] });
    expect(errors(createUserSchema.safeParse({ ...valid, role: "PROVIDER", providerId: "" }))).toMatchObject({
      providerId: ["auth.users.providerRequired"],
    });
    expect(createUserSchema.parse({ ...valid, role: "ADVISOR", advisorId: "a1" })).toMatchObject({ advisorId: "a1", providerId: null });
  });

  it("refuses short passwords, the e-mail as password and unknown roles", () => {
    expect(errors(createUserSchema.safeParse({ ...valid, password: "elf-zeichen" }))).toMatchObject({ password: ["auth.password.tooShort"] });
    expect(errors(createUserSchema.safeParse({ ...valid, password: "eva@example.org" }))).toMatchObject({
      password: ["auth.password.equalsEmail"],
    });
    expect(errors(createUserSchema.safeParse({ ...valid, role: "ROOT" }))).toMatchObject({ role: ["validation.invalidOption"] });
    // The form's role select starts empty ("Bitte wählen"): sent as is, nothing is created.
    expect(errors(createUserSchema.safeParse({ ...valid, role: "" }))).toMatchObject({ role: ["validation.invalidOption"] });
  });
});

describe("changePasswordSchema", () => {
  it("requires the repeat to match", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "alt", newPassword: "neues-passwort-1", repeatPassword: "neues-passwort-2" });
    expect(errors(result)).toMatchObject({ repeatPassword: ["auth.password.mismatch"] });
  });
  it("asks for every field", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "", newPassword: "", repeatPassword: "" });
    expect(errors(result)).toMatchObject({
      currentPassword: ["validation.required"],
      newPassword: expect.arrayContaining(["validation.required"]),
      repeatPassword: ["validation.required"],
    });
  });
});

describe("formatClockTimeUp", () => {
  it("shows Berlin time, rounded up to the minute", () => {
    expect(formatClockTimeUp(new Date("2026-11-26T13:34:20Z"))).toBe("14:35"); // CET
    expect(formatClockTimeUp(new Date("2026-07-01T12:35:00Z"))).toBe("14:35"); // CEST
  });
});
