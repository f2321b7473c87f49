import type { Permission } from "./permissions";

// The signed-in pages that refuse someone who may be signed in there, by address (German paths,
// those areas are German only) and the permission they need, the most specific first. proxy.ts
// answers their refusal with status 403 from the session token's role; the pages render the
// refusal themselves (components/errors/in-page-forbidden.tsx), because a forbidden() thrown by a
// page leaves an empty error shell without JavaScript (docs/architecture.md, "Error pages without
// JavaScript"). tests/unit/auth/page-guards.test.ts holds the pages to this table.
export const AREA_PERMISSIONS: readonly { path: string; permission: Permission }[] = [
  // admins only: the editors pass the editor area's check and are refused by these pages
  { path: "/redaktion/benutzer", permission: "user.manage" },
  { path: "/redaktion/protokoll", permission: "audit.readAll" },
  { path: "/redaktion/sicherheit", permission: "security.read" },
  { path: "/redaktion/impressum", permission: "legalNotice.manage" },
  // the editor area as a whole (advisors, providers), refused by its layout
  { path: "/redaktion", permission: "editor.access" },
  // an advisor's or provider's own entry: editors and admins have none
  { path: "/mein-profil", permission: "profile.editOwn" },
];

/** The permission a signed-in page at `path` needs, null where every signed-in account may go. */
export function areaPermission(path: string): Permission | null {
  const area = AREA_PERMISSIONS.find(({ path: prefix }) => path === prefix || path.startsWith(`${prefix}/`));
  return area?.permission ?? null;
}
