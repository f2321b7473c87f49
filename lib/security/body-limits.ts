// Request body limits, enforced in proxy.ts before Next reads a body (lib/security/request-guard.ts).
// Next's serverActions.bodySizeLimit is one global number and answers 500 beyond it, so it is set to
// the largest limit (the import's) in next.config.ts and everything else is refused earlier with 413.

/** Any form of the site: a long programme description is a few ten kilobytes. */
export const DEFAULT_BODY_LIMIT_BYTES = 512 * 1024;

/**
 * The import upload: a file of lib/import/limits.ts's MAX_FILE_BYTES (10 MB) plus the form's other
 * fields and the multipart framing. A literal, because next.config.ts imports this file and its
 * loader resolves no further imports; tests/unit/security/body-limits.test.ts keeps the two in step.
 */
export const IMPORT_BODY_LIMIT_BYTES = 10 * 1024 * 1024 + 512 * 1024;

/** A logo upload: lib/media/limits.ts's MAX_LOGO_BYTES (2 MB) plus the form and its framing. */
export const LOGO_BODY_LIMIT_BYTES = 2 * 1024 * 1024 + 512 * 1024;

const IMPORT_PATH = "/redaktion/import";
// The pages whose server action receives a logo (the action posts to the page's own URL): the
// editor's logo page and a provider's own profile, where the logo is proposed.
const LOGO_PATHS = /^(\/redaktion\/dienstleister\/[^/]+\/logo|\/mein-profil)$/;

export function bodyLimitFor(pathname: string): number {
  if (pathname === IMPORT_PATH) return IMPORT_BODY_LIMIT_BYTES;
  return LOGO_PATHS.test(pathname) ? LOGO_BODY_LIMIT_BYTES : DEFAULT_BODY_LIMIT_BYTES;
}

/** "512 KB", "10,5 MB": for the refusal message. */
export function formatLimit(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}
