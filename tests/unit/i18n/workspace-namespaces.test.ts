import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import de from "@/messages/de/editor.json";
import { WORKSPACE_CLIENT_NAMESPACES } from "@/lib/i18n/workspace-namespaces";

// Validation and publish-check messages are written as full catalogue keys in lib/ and app/ and
// translated in the signed-in area's client components; each must exist in German and lie in a
// namespace the workspace layout passes to the client, or the editor reads the raw key.
const ROOTS = ["lib", "app", "components"];
const KEY = /["'`]([a-zA-Z]+)\.(validation|publishCheck)\.([a-zA-Z.]+)["'`]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function catalogue(namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`messages/de/${namespace}.json`, "utf8")) as Record<string, unknown>;
}

function has(tree: unknown, path: string[]): boolean {
  return path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), tree) !== undefined;
}

describe("message keys of validation and publish checks", () => {
  const used = new Set(ROOTS.flatMap(sources).flatMap((file) => [...readFileSync(file, "utf8").matchAll(KEY)].map((m) => `${m[1]}.${m[2]}.${m[3]}`)));

  it("are found in the sources (the scan works)", () => {
    expect(used).toContain("eventEditor.validation.endBeforeStart");
    expect(has(de, ["validation"])).toBe(true);
  });

  it("lie in a namespace the signed-in area's client components receive, or are public forms' own", () => {
    const publicForms = new Set(["alerts", "signup", "barrierReport"]);
    const missing = [...used].filter((key) => {
      const namespace = key.split(".")[0]!;
      return !publicForms.has(namespace) && !(WORKSPACE_CLIENT_NAMESPACES as readonly string[]).includes(namespace);
    });
    expect(missing).toEqual([]);
  });

  it("exist in the German catalogue", () => {
    const absent = [...used].filter((key) => {
      const [namespace, ...path] = key.split(".");
      try {
        return !has(catalogue(namespace!), path);
      } catch {
        return true;
      }
    });
    expect(absent).toEqual([]);
  });
});
