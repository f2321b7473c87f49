import { AppError } from "@/lib/errors";

/** A unique-constraint violation (P2002) on a user column becomes a message at that field. */
export function uniqueViolation(error: unknown): AppError | null {
  if (!error || typeof error !== "object" || (error as { code?: unknown }).code !== "P2002") return null;
  const where = JSON.stringify((error as { meta?: unknown }).meta ?? {});
  if (where.includes("advisorId")) return fieldError("advisorId", "auth.users.advisorTaken");
  if (where.includes("providerId")) return fieldError("providerId", "auth.users.providerTaken");
  return fieldError("email", "auth.users.emailTaken");
}

export const fieldError = (field: string, key: string) => new AppError("INVALID", key, { fieldErrors: { [field]: [key] } });
