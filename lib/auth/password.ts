import bcrypt from "bcryptjs";

// bcrypt (bcryptjs: maintained, no native build). Cost 12 ≈ 0.25 s here: slow for guessing,
// fine for a sign-in. Tests and the seed may lower it through the argument.
export const BCRYPT_COST = 12;
export const PASSWORD_MIN_LENGTH = 12;

// bcrypt reads only the first 72 bytes of a password; longer ones are refused wherever a password
// is set, and never match at sign-in (they would otherwise match on their first 72 bytes alone).
export const BCRYPT_MAX_BYTES = 72;
export const exceedsBcryptLimit = (plain: string) => Buffer.byteLength(plain, "utf8") > BCRYPT_MAX_BYTES;

export function hashPassword(plain: string, cost = BCRYPT_COST): Promise<string> {
  return bcrypt.hash(plain, cost);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  if (!hash.startsWith("$2")) return Promise.resolve(false);
  return bcrypt.compare(plain, hash);
}

// Compared against when the account does not exist, so both paths cost the same time and the
// response time does not reveal which e-mail addresses have accounts. A fixed hash (cost 12, of a
// random string nobody knows) spares the first unknown address an extra hashing round.
const DUMMY_HASH = "$2b$12$q61JKjy/iHVhfwmA4zhIaOy8cLdDX1sOYbsJD4gT/KNKQK2IJx1NK";
export async function verifyAgainstDummy(plain: string): Promise<false> {
  await bcrypt.compare(plain, DUMMY_HASH);
  return false;
}
