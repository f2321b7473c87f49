import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "@/lib/account/schema";
import { changePasswordSchema, createUserSchema } from "@/lib/user/schema";

// bcrypt reads 72 bytes; "ä" is two bytes in UTF-8, so 37 of them (74 bytes) are too long.
const TOO_LONG = "ä".repeat(37);
const LONGEST = "a".repeat(72);

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (result.error?.issues ?? []).filter((issue) => issue.path[0] === field).map((issue) => issue.message);

describe("passwords longer than bcrypt's 72 bytes are refused wherever one is set", () => {
  it("invitation acceptance and password reset", () => {
    expect(newPasswordSchema.safeParse({ password: LONGEST, passwordRepeat: LONGEST }).success).toBe(true);
    const result = newPasswordSchema.safeParse({ password: TOO_LONG, passwordRepeat: TOO_LONG });
    expect(messagesOf(result, "password")).toEqual(["validation.passwordTooLong"]);
  });

  it("/konto and the user admin", () => {
    const konto = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: TOO_LONG, repeatPassword: TOO_LONG });
    expect(messagesOf(konto, "newPassword")).toEqual(["auth.password.tooLong"]);
    const admin = createUserSchema.safeParse({ name: "A", email: "a@example.org", password: TOO_LONG, role: "EDITOR" });
    expect(messagesOf(admin, "password")).toEqual(["auth.password.tooLong"]);
  });
});
