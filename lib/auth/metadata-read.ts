import "server-only";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import type { Actor } from "./actor";
import { getActor } from "./session";

const NEUTRAL: ReadonlySet<AppErrorCode> = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

/**
 * For generateMetadata of signed-in pages: runs a private read as this request's visitor. Next
 * computes metadata apart from the page body, so the page's guard does not cover it; a refused
 * read (or a missing entry) gives null and the page keeps a neutral title instead of an entry's.
 */
export async function readForMetadata<T>(read: (actor: Actor | null) => Promise<T>): Promise<T | null> {
  try {
    return await read(await getActor());
  } catch (error) {
    if (isAppError(error) && NEUTRAL.has(error.code)) return null;
    throw error;
  }
}
