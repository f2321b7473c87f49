// Job errors (pg-boss keeps them with the failed job) are read by operators and kept for days: they
// must not carry personal data (advisors' e-mail addresses can appear in database errors) or
// secrets (API keys, URLs with credentials).

const MAX_LENGTH = 500;

const RULES: [RegExp, string][] = [
  // scheme://user:password@host → scheme://<credentials>@host (before the e-mail rule sees "password@host").
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1<credentials>@"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "<e-mail>"],
  [/\b(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, "$1<secret>"],
  [/\b((?:api[_-]?key|access[_-]?token|token|secret|password|passwd|pwd|authorization)["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi, "$1<secret>"],
];

/** A one-line, redacted, bounded description of an error, for the log and the failed job. */
export function describeError(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  let text = raw.replace(/\s+/g, " ").trim();
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
