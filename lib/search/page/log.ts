/** Logs a failed search without anything the visitor typed (no query text, no parameters). */
export function logSearchFailure(where: string, error: unknown) {
  const name = error instanceof Error ? error.name : typeof error;
  const code = error && typeof error === "object" && "code" in error ? ` (${String((error as { code: unknown }).code)})` : "";
  console.error(`[search] ${where} failed: ${name}${code}`);
}
