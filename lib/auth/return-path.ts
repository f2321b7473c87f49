/** Only same-site paths: an open redirect after sign-in would make phishing links look genuine. */
export function safeReturnPath(path: string | null | undefined, fallback = "/redaktion"): string {
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  // Browsers treat a backslash like a slash and drop tabs and newlines inside URLs: "/\t/evil.com" is "//evil.com".
  if (/[\\\u0000-\u001f]/.test(path)) return fallback;
  return path;
}
