import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

// Messages are keys of the "editor" catalogue namespace.
export const newPasswordSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort").max(200, "validation.tooLong"),
    passwordRepeat: z.string(),
  })
  .refine((v) => v.password === v.passwordRepeat, { path: ["passwordRepeat"], message: "validation.passwordMismatch" });

export const resetRequestSchema = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().min(1, "validation.required").pipe(z.email("validation.email"))),
});
