import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { AREA_PERMISSIONS, areaPermission } from "@/lib/auth/area-permissions";
import { can, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/enums";

// Issue 20, item 4: a 403 is a complete page without JavaScript. requirePermission() throws
// forbidden(), which in Next 16 leaves an empty error shell when a page throws it; so it may only
// refuse what the area's layout refuses first (the editor area's layout renders the refusal itself),
// and a page that refuses accounts the layout lets through renders <InPageForbidden /> with
// permittedActor() and is listed in lib/auth/area-permissions.ts, whence proxy.ts sets the 403.
const ROOT = join(import.meta.dirname, "../../..");
const WORKSPACE = join(ROOT, "app/[locale]/(workspace)");
const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name === "page.tsx" ? [path] : [];
  });
}

/** The address of a page file: route groups and the locale segment are not part of it. */
function routeOf(file: string): string {
  const segments = relative(WORKSPACE, file).split("/").slice(0, -1);
  return `/${segments.filter((segment) => !segment.startsWith("(")).join("/")}`;
}

/** The roles a page is rendered for at all: the editor area's layout refuses the others itself. */
function admitted(route: string): Role[] {
  const editorArea = route === "/redaktion" || route.startsWith("/redaktion/");
  return ROLES.filter((role) => !editorArea || can({ role }, "editor.access"));
}

const calls = (source: string, guard: string) => [...source.matchAll(new RegExp(`${guard}\\("([\\w.]+)"`, "g"))].map((match) => match[1] as Parameters<typeof can>[1]);

const guarded = pages(WORKSPACE).map((file) => {
  const source = readFileSync(file, "utf8");
  return { file: relative(ROOT, file), route: routeOf(file), throwing: calls(source, "requirePermission"), rendering: calls(source, "permittedActor") };
});

describe("signed-in pages refuse with a complete page", () => {
  it("finds the pages and their guards", () => {
    expect(guarded.length).toBeGreaterThan(40);
    expect(guarded.find((page) => page.route === "/redaktion/benutzer/[id]")?.rendering).toEqual(["user.manage"]);
  });

  it("throw forbidden() only for permissions every account the area's layout admits has", () => {
    const blank = guarded.flatMap(({ file, route, throwing }) =>
      throwing.flatMap((permission) => admitted(route).filter((role) => !can({ role }, permission)).map((role) => `${file}: ${role} lacks ${permission}`)),
    );
    expect(blank).toEqual([]);
  });

  it("render the refusal where proxy.ts answers 403 for the same permission", () => {
    const mismatched = guarded.flatMap(({ file, route, rendering }) =>
      rendering.filter((permission) => areaPermission(route) !== permission).map((permission) => `${file}: ${permission}, table says ${areaPermission(route)}`),
    );
    expect(mismatched).toEqual([]);
    // Every page-level entry of the table has a page that renders its refusal (the editor area's is its layout).
    for (const { path, permission } of AREA_PERMISSIONS.filter((area) => area.path !== "/redaktion")) {
      expect(guarded.some((page) => page.rendering.includes(permission) && areaPermission(page.route) === permission), path).toBe(true);
    }
  });

  it("match an area by its most specific prefix, not by a look-alike name", () => {
    expect(areaPermission("/redaktion/benutzer/abc")).toBe("user.manage");
    expect(areaPermission("/redaktion/benutzerliste")).toBe("editor.access");
    expect(areaPermission("/redaktion")).toBe("editor.access");
    expect(areaPermission("/mein-profil")).toBe("profile.editOwn");
    expect(areaPermission("/konto")).toBeNull();
    expect(areaPermission("/redaktionen")).toBeNull();
  });
});
