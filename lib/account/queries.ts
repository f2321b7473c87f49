import "server-only";
import { db } from "@/lib/db/client";
import { inspectToken, type TokenState } from "./tokens";

export async function checkResetToken(token: string): Promise<TokenState> {
  return (await inspectToken(db, "PASSWORD_RESET", token)).state;
}
