// A single-use link (password reset, invitation, sign-up confirmation) must never be readable
// from the database once its mail is out (issue 11): the stored bodies carry the link with its
// token replaced, and the live link waits in MailMessage.secretLink only until the send.

export const REDACTED = "••••••";

// issueToken() (lib/account/tokens.ts) makes 32 random bytes in base64url: 43 characters. A slug
// never has upper case or "_", a 43-character random token lacks both with odds of about 1e-10.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,}$/;
const looksLikeToken = (segment: string) => TOKEN_SHAPE.test(segment) && /[A-Z_]/.test(segment);

/**
 * The link as it may be stored, or null when it carries no secret. A link is secret when the
 * caller says so or when its last path segment has the shape of a token.
 */
export function redactLink(url: string, forceSecret = false): string | null {
  const cut = url.lastIndexOf("/");
  if (cut < 0) return null;
  const segment = url.slice(cut + 1);
  if (!segment || (!forceSecret && !looksLikeToken(segment))) return null;
  return `${url.slice(0, cut + 1)}${REDACTED}`;
}

const replaceAll = (body: string, from: string, to: string) => body.split(from).join(to);

/** Puts the live link back into a stored (redacted) body, in memory, for the transport only. */
export function revealLink(body: string, secretLink: string, escape: (value: string) => string = (v) => v): string {
  const redacted = redactLink(secretLink, true);
  return redacted ? replaceAll(body, escape(redacted), escape(secretLink)) : body;
}

/**
 * A mail whose single-use link was dropped when the queue gave up on it (the link does not outlive
 * its delivery) would arrive with a dead link: the person has to ask again instead of a retry.
 */
export const lostItsLink = (mail: { status: string; textBody: string }) => mail.status === "FAILED" && mail.textBody.includes(REDACTED);
