import { z } from "zod";
import { exceedsBcryptLimit, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

// Messages are keys of the "editor" catalogue namespace.
export const newPasswordSchema = z
  .object({
    // bcrypt reads 72 bytes; a longer password is refused rather than silently cut.
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
      .refine((v) => !exceedsBcryptLimit(v), "validation.passwordTooLong"),
    passwordRepeat: z.string(),
  })
  .refine((v) => v.password === v.passwordRepeat, { path: ["passwordRepeat"], message: "validation.passwordMismatch" });

export const resetRequestSchema = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().min(1, "validation.required").pipe(z.email("validation.email"))),
});
