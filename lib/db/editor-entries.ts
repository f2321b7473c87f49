import { env } from "@/lib/env";
import { watchedPool } from "./availability";

// For proxy.ts only: whether an editor page's address names an entry that does not exist, so the
// answer can carry 404. The page itself decides what to show (components/errors/in-page-not-found.tsx
// for a missing entry); a dynamic page cannot set its own status without blanking its HTML in
// Next 16 (docs/architecture.md, "Error pages without JavaScript"), so the status comes from here,
// as the editor area's 403 comes from the token's role.

type EntryTable = { table: string; ownerColumn?: string };

// /redaktion/<segment>/<id>[/<subpage>] → the table the id belongs to. Static siblings of [id]
// (neu, vorlage, zuordnungen) are never ids: EXCLUDED keeps them out.
const ROUTES: Record<string, EntryTable> = {
  foerderprogramme: { table: "Programme" },
  veranstaltungen: { table: "Event" },
  aktuelles: { table: "NewsItem" },
  berater: { table: "Advisor" },
  dienstleister: { table: "Provider" },
  initiativen: { table: "Initiative" },
  organisationen: { table: "Organisation" },
  postausgang: { table: "MailMessage" },
  pruefungen: { table: "ProfileRevision" },
  benutzer: { table: "User" },
  anmeldungen: { table: "ProviderSignup" },
  // Jobs belong to whoever uploaded the file (lib/import/jobs.ts): someone else's is not found.
  import: { table: "ImportJob", ownerColumn: "actorId" },
  "themen/thema": { table: "Topic" },
  "themen/synonyme": { table: "SynonymGroup" },
};
const EXCLUDED = new Set(["neu", "vorlage", "zuordnungen"]);
const SUBPAGES = new Set(["vorschau", "verlauf", "logo"]);
const PATTERN = /^\/redaktion\/((?:themen\/)?[a-z-]+)\/([^/]+)(?:\/([a-z-]+))?\/?$/;

/** The table and id an editor address reads, or null for any other address. */
export function editorEntryOf(pathname: string): { entry: EntryTable; id: string } | null {
  const match = PATTERN.exec(pathname);
  if (!match) return null;
  const [, segment = "", rawId = "", subpage] = match;
  const entry = Object.hasOwn(ROUTES, segment) ? ROUTES[segment] : undefined;
  if (!entry || EXCLUDED.has(rawId) || (subpage !== undefined && !SUBPAGES.has(subpage))) return null;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  return { entry, id };
}

const globalPool = globalThis as unknown as { editorEntriesPool?: ReturnType<typeof watchedPool> };

function pool() {
  return (globalPool.editorEntriesPool ??= watchedPool({ connectionString: env.DATABASE_URL, max: 2 }));
}

/**
 * True when `pathname` is an editor page of an entry that is not stored (for import jobs: not
 * stored for `actorId`). False for every other address and whenever the lookup fails: the status
 * is a hint, the page decides what it shows.
 */
export async function editorEntryMissing(pathname: string, actorId: string | null): Promise<boolean> {
  const target = editorEntryOf(pathname);
  if (!target) return false;
  const { entry, id } = target;
  // Table and column names come from ROUTES above, never from the request.
  const owner = entry.ownerColumn ? ` AND "${entry.ownerColumn}" = $2` : "";
  if (entry.ownerColumn && !actorId) return false;
  try {
    const result = await pool().query(`SELECT 1 FROM "${entry.table}" WHERE id = $1${owner} LIMIT 1`, entry.ownerColumn ? [id, actorId] : [id]);
    return result.rowCount === 0;
  } catch {
    return false;
  }
}
