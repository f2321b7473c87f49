import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";

export type RefusalOutcome = "FORBIDDEN" | "UNAUTHENTICATED";

/** What a refusal names: the permission from assertCan and/or the refused action. Never form values. */
export type Refusal = { outcome: RefusalOutcome; permission?: string; action?: string };

// Header-derived strings are attacker-controlled: bounded before they reach the table.
const MAX_TEXT = 100;
const bounded = (text: string) => text.slice(0, MAX_TEXT);

/** The refusal an error stands for, or null when it is no refusal (INVALID, CONFLICT, a bug …). */
export function refusalOf(error: unknown, action?: string): Refusal | null {
  if (!isAppError(error) || (error.code !== "FORBIDDEN" && error.code !== "UNAUTHENTICATED")) return null;
  return { outcome: error.code, permission: error.details.permission, action };
}

/**
 * Records a refused server action for the admins' security log (who, what, when, from where).
 * One row per actor, outcome, permission, action and minute; a repeat raises its counter in one
 * atomic upsert, so a flood of refusals cannot grow the table faster than that. A failure to log
 * is itself only logged: the caller's answer stays the refusal, never a 500.
 */
export async function recordRefusal(actor: Pick<Actor, "id" | "role"> | null, refusal: Refusal): Promise<void> {
  try {
    const clientIp = bounded(await currentClientIp());
    const permission = bounded(refusal.permission ?? "");
    const action = bounded(refusal.action ?? "");
    await db.$executeRaw`
      INSERT INTO "SecurityEvent" AS e ("id", "actorKey", "actorId", "actorRole", "outcome", "permission", "action", "minute", "count", "clientIp", "firstAt", "lastAt")
      VALUES (gen_random_uuid()::text, ${actor?.id ?? "anonymous"}, ${actor?.id ?? null}, ${actor?.role ?? null}::"Role", ${refusal.outcome},
              ${permission}, ${action}, date_trunc('minute', now()), 1, ${clientIp}, now(), now())
      ON CONFLICT ("actorKey", "outcome", "permission", "action", "minute") DO UPDATE SET
        "count" = e."count" + 1, "clientIp" = EXCLUDED."clientIp", "lastAt" = now()`;
  } catch (error) {
    console.error("security log: refusal not recorded", error);
  }
}

async function currentClientIp(): Promise<string> {
  try {
    return clientIpFrom(await headers());
  } catch {
    // Outside a request (scripts): there is no client.
    return "unknown";
  }
}
