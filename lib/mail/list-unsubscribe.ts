/**
 * RFC 8058 one-click unsubscribe: mail clients show an "unsubscribe" button that POSTs
 * "List-Unsubscribe=One-Click" to the https address, without opening a page (RFC 2369 for the
 * header itself). Only mails with an unsubscribe link (alert digests) carry them.
 */
export function unsubscribeHeaders(link: string | null): Record<string, string> | undefined {
  if (!link) return undefined;
  return { "List-Unsubscribe": `<${link}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
