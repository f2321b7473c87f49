import { z } from "zod";
import { Role } from "@/lib/db/enums";
import { exceedsBcryptLimit, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { oneOf, requiredEmail, requiredText } from "@/lib/validation/fields";

// Messages are catalogue keys: "validation.*" of the "editor" namespace, "auth.*" of ours
// (lib/user/form-messages.ts translates the latter before the form sees them).
export const ROLES = [Role.ADMIN, Role.EDITOR, Role.ADVISOR, Role.PROVIDER] as const;

// bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut.
export const newPassword = () =>
  z
    .string({ error: "validation.required" })
    .min(1, "validation.required")
    .min(PASSWORD_MIN_LENGTH, "auth.password.tooShort")
    .refine((v) => !exceedsBcryptLimit(v), "auth.password.tooLong");

const optionalId = () => z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null), z.string().max(64).nullable());

/** Role and the linked entry: advisors need their advisor entry, providers their provider entry. */
const roleWithLink = z
  .object({ role: oneOf(ROLES), advisorId: optionalId(), providerId: optionalId() })
  .superRefine((value, ctx) => {
    if (value.role === "ADVISOR" && !value.advisorId) ctx.addIssue({ code: "custom", path: ["advisorId"], message: "auth.users.advisorRequired" });
    if (value.role === "PROVIDER" && !value.providerId) ctx.addIssue({ code: "custom", path: ["providerId"], message: "auth.users.providerRequired" });
  })
  .transform((value) => ({
    role: value.role,
    advisorId: value.role === "ADVISOR" ? value.advisorId : null,
    providerId: value.role === "PROVIDER" ? value.providerId : null,
  }));

export const createUserSchema = z
  .object({ name: requiredText(120), email: requiredEmail().transform((v) => v.toLowerCase()), password: newPassword() })
  .and(roleWithLink)
  .superRefine((value, ctx) => {
    if (value.password.trim().toLowerCase() === value.email) ctx.addIssue({ code: "custom", path: ["password"], message: "auth.password.equalsEmail" });
  });
export type CreateUserInput = z.output<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: z.string().min(1) }).and(roleWithLink);
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const setDisabledSchema = z.object({ userId: z.string().min(1), disabled: z.enum(["ja", "nein"]).transform((v) => v === "ja") });
export type SetDisabledInput = z.output<typeof setDisabledSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required"),
    newPassword: newPassword(),
    repeatPassword: z.string().min(1, "validation.required"),
  })
  .superRefine((value, ctx) => {
    if (value.repeatPassword && value.newPassword !== value.repeatPassword)
      ctx.addIssue({ code: "custom", path: ["repeatPassword"], message: "auth.password.mismatch" });
  });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
