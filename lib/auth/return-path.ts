/** Only same-site paths: an open redirect after sign-in would make phishing links look genuine. */
export function safeReturnPath(path: string | null | undefined, fallback = "/redaktion"): string {
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  // Browsers treat a backslash like a slash and drop tabs and newlines inside URLs: "/\t/evil.com" is "//evil.com".
  if (/[\\\u0000-\u001f]/.test(path)) return fallback;
  // A Location header carries only ASCII: "/förderprogramme" or "/суче" as typed must go out
  // percent-encoded, or the redirect itself fails.
  const base = "http://return-path.invalid";
  const url = new URL(path, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
