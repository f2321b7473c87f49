// The Content Security Policy, in two variants (docs/architecture.md, "Content Security Policy"):
//
// - Areas that render per request anyway (sign-in, password, invitation, the signed-in areas)
//   get a strict policy with a fresh nonce per request: script-src 'self' 'nonce-…'
//   'strict-dynamic', no 'unsafe-inline'. proxy.ts sets it on the request, from which Next reads
//   the nonce and puts it on its own scripts, and on the response.
// - Every other page keeps one static policy from next.config.ts with 'unsafe-inline' for
//   scripts: those pages are served from the page cache, and a nonce cannot be part of cached HTML
//   (a nonce forces per-request rendering; measured in docs/architecture.md).
//
// Pure: no Next, no Node imports, so next.config.ts, proxy.ts and the unit tests share it.

/** Path prefixes whose pages get the per-request nonce policy (each matches itself and below). */
export const NONCE_AREAS = [
  "/redaktion",
  "/konto",
  "/mein-profil",
  "/anmelden",
  "/passwort-vergessen",
  "/passwort-neu",
  "/einladung",
  // The public pages opened from a mailed link: rendered per request (the token decides), while
  // the forms and thank-you pages beside them stay in the page cache.
  "/benachrichtigungen/bestaetigen",
  "/benachrichtigungen/verwalten",
  "/benachrichtigungen/abmelden",
  "/dienstleister/eintragen/bestaetigen",
] as const;

/** French and English addresses carry a prefix (/fr/…); the areas are named by the German path. */
const LOCALE_PREFIX = /^\/(?:de|fr|en)(?=\/|$)/;

export function usesNonce(pathname: string): boolean {
  const path = pathname.replace(LOCALE_PREFIX, "") || "/";
  return NONCE_AREAS.some((area) => path === area || path.startsWith(`${area}/`));
}

/**
 * The path pattern (path-to-regexp, as next.config.ts `headers()` takes it) for every path that
 * gets the static policy: all but NONCE_AREAS. Two CSP headers on one response would both apply
 * (a browser enforces each), so the nonce areas must not get the static one as well.
 */
export function staticPolicySource(): string {
  const areas = NONCE_AREAS.map((area) => area.slice(1)).join("|");
  return `/:path((?!(?:(?:de|fr|en)/)?(?:${areas})(?:/|$)).*)`;
}

interface PolicyOptions {
  /** The request's nonce; without one, the static policy with 'unsafe-inline' for scripts. */
  nonce?: string;
  /** Development: React's dev build needs eval for its server error stacks. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  const eval_ = development ? " 'unsafe-eval'" : "";
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${eval_}`,
    // 'unsafe-inline' for styles in both variants: React renders style attributes (style={…}),
    // which no nonce or hash can allow (style-src-attr), and a nonce in style-src would switch
    // 'unsafe-inline' off. Styles cannot run code; all style sheets come from our own origin.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
