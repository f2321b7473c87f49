import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, ROLE_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/enums";

// The expected table, written out by hand: a change to the role table has to change this file too.
const A = "ADMIN", E = "EDITOR", V = "ADVISOR", P = "PROVIDER";
const EDITORS = [A, E] as const;
const EXPECTED: Record<Permission, readonly Role[]> = {
  "programme.create": EDITORS, "programme.update": EDITORS, "programme.submit": EDITORS, "programme.publish": EDITORS,
  "programme.unpublish": EDITORS, "programme.archive": EDITORS, "programme.restore": EDITORS, "programme.verify": EDITORS,
  "advisor.create": EDITORS, "advisor.update": EDITORS, "advisor.submit": EDITORS, "advisor.publish": EDITORS,
  "advisor.unpublish": EDITORS, "advisor.archive": EDITORS, "advisor.restore": EDITORS, "advisor.verify": EDITORS,
  "provider.create": EDITORS, "provider.update": EDITORS, "provider.submit": EDITORS, "provider.publish": EDITORS,
  "provider.unpublish": EDITORS, "provider.archive": EDITORS, "provider.restore": EDITORS, "provider.verify": EDITORS,
  "event.create": EDITORS, "event.update": EDITORS, "event.submit": EDITORS, "event.publish": EDITORS,
  "event.unpublish": EDITORS, "event.archive": EDITORS, "event.restore": EDITORS, "event.verify": EDITORS,
  "initiative.create": EDITORS, "initiative.update": EDITORS, "initiative.submit": EDITORS, "initiative.publish": EDITORS,
  "initiative.unpublish": EDITORS, "initiative.archive": EDITORS, "initiative.restore": EDITORS, "initiative.verify": EDITORS,
  "news.create": EDITORS, "news.update": EDITORS, "news.submit": EDITORS, "news.publish": EDITORS,
  "news.unpublish": EDITORS, "news.archive": EDITORS, "news.restore": EDITORS, "news.verify": EDITORS,
  "editor.access": EDITORS,
  "organisation.manage": EDITORS,
  "taxonomy.manage": EDITORS,
  "import.run": EDITORS,
  "export.run": EDITORS,
  "revision.review": EDITORS,
  "audit.readAll": [A],
  "user.manage": [A],
  "security.read": [A],
  "user.invite": EDITORS,
  "profile.editOwn": [V, P],
  "profile.proposeLogo": [P],
  "mail.readBodies": [A],
  "mail.retry": [A],
  "legalNotice.manage": [A],
  "feedback.manage": [A, E],
};
const ROLES: Role[] = [A, E, V, P];
const actor = (role: Role): Actor => ({ id: `id-${role}`, role, name: role, email: `${role}@example.org`, advisorId: null, providerId: null });

describe("ROLE_PERMISSIONS", () => {
  for (const role of ROLES) {
    for (const [permission, roles] of Object.entries(EXPECTED) as [Permission, readonly Role[]][]) {
      const allowed = roles.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(actor(role), permission)).toBe(allowed);
        if (allowed) expect(assertCan(actor(role), permission)).toEqual(actor(role));
        else expect(() => assertCan(actor(role), permission)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
      });
    }
    it(`${role} has no permission missing from the expected table`, () => {
      expect([...ROLE_PERMISSIONS[role]].filter((p) => !(p in EXPECTED))).toEqual([]);
    });
  }

  it("advisors and providers have only their own entry: profile.editOwn, providers also their logo", () => {
    expect([...ROLE_PERMISSIONS.ADVISOR]).toEqual(["profile.editOwn"]);
    expect([...ROLE_PERMISSIONS.PROVIDER]).toEqual(["profile.editOwn", "profile.proposeLogo"]);
  });

  it("no actor is refused as unauthenticated, never allowed", () => {
    expect(can(null, "editor.access")).toBe(false);
    expect(() => assertCan(null, "editor.access")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});
