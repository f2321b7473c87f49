import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/config";

// The manage and unsubscribe links of a confirmed address. Every digest must carry a working
// link, but only a hash may be stored (conventions, "Secrets"): the token is derived from the
// session secret and a random salt of the subscriber row, so the worker can write it into each
// mail while a copy of the table alone opens nothing. Rotating NEXTAUTH_SECRET invalidates the
// links of mails already sent; the next digest carries new ones.
const PURPOSE = "alert-manage";

export const newTokenSalt = () => randomBytes(32).toString("base64url");

export function manageToken(salt: string): string {
  return createHmac("sha256", authSecret()).update(`${PURPOSE}:${salt}`).digest("base64url");
}

export const hashManageToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A token in the shape manageToken() makes; anything else is not looked up. */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
