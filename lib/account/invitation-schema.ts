import { z } from "zod";
import { requiredEmail, requiredText } from "@/lib/validation/fields";

// The invitation form: one select names the entry as "advisor:<id>" or "provider:<id>", so the
// form works without JavaScript (no dependent selects). Messages are catalogue keys.
export type InvitationTarget = { advisorId: string } | { providerId: string };

const TARGET = /^(advisor|provider):([A-Za-z0-9_-]{1,64})$/;

export const invitationFormSchema = z
  .object({
    target: z.string({ error: "selfService.invitation.admin.errors.targetRequired" }).regex(TARGET, "selfService.invitation.admin.errors.targetRequired"),
    name: requiredText(120),
    email: requiredEmail().transform((v) => v.toLowerCase()),
  })
  .transform(({ target, name, email }) => ({ name, email, target: parseTarget(target)! }));

export type InvitationInput = { name: string; email: string; target: InvitationTarget };

export function parseTarget(value: string): InvitationTarget | null {
  const match = TARGET.exec(value);
  if (!match) return null;
  return match[1] === "advisor" ? { advisorId: match[2]! } : { providerId: match[2]! };
}

export const targetValue = (target: InvitationTarget) => ("advisorId" in target ? `advisor:${target.advisorId}` : `provider:${target.providerId}`);

export const invitationUserSchema = z.object({ userId: z.string().min(1).max(64) });
