import "server-only";
import { db } from "@/lib/db/client";

const TIMEOUT_MS = 2000;

/**
 * True if the database answers `SELECT 1` within 2 s. Never throws: the health endpoint
 * must answer even when the database is gone. Failures are logged here, without details
 * that could carry secrets (connection strings are redacted).
 */
export async function checkDatabase(timeoutMs = TIMEOUT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    if (result === "timeout") {
      console.error(`[health] database did not answer within ${timeoutMs} ms`);
      return false;
    }
    return true;
  } catch (error) {
    console.error(`[health] database check failed: ${describeError(error)}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown }).code;
  const message = error.message
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`]+/gi, "<redacted-url>")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
  return `${error.name}${typeof code === "string" ? ` (${code})` : ""}: ${message}`;
}
