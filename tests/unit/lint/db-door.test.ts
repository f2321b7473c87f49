import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The database door (docs/conventions.md, rule 1) as eslint.config.mjs enforces it, for folders of lib/
// inside and outside DB_IMPORTERS: the project's own config lints source text under a made-up path.
const root = fileURLToPath(new URL("../../../", import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const CLIENT = 'import { db } from "@/lib/db/client";\nexport const count = () => db.programme.count();\n';
const RELATIVE_CLIENT = 'import { db } from "../db/client";\nexport const count = () => db.programme.count();\n';
const GENERATED = 'import { PrismaClient } from "@/lib/db/generated/client";\nexport const client = new PrismaClient();\n';
const PRISMA = 'import { PrismaClient } from "@prisma/client";\nexport const client = new PrismaClient();\n';

describe("only the allowed modules import the database client", () => {
  it.each(["lib/listing/x.ts", "lib/cache/x.ts", "lib/rich-text/x.ts", "lib/x.ts", "app/x.ts", "components/x.tsx"])("refuses @/lib/db/client in %s", async (path) => {
    const messages = await restrictedImports(path, CLIENT);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/may use the database/);
  }, 60_000);

  it("refuses a relative path to the client outside the allowed folders", async () => {
    expect(await restrictedImports("lib/listing/x.ts", RELATIVE_CLIENT)).toHaveLength(1);
  }, 60_000);

  it.each(["lib/programme/x.ts", "lib/content/x.ts", "lib/audit/x.ts", "lib/search/postgres/x.ts", "tests/integration/x.test.ts"])("allows @/lib/db/client in %s", async (path) => {
    expect(await restrictedImports(path, CLIENT)).toEqual([]);
  }, 60_000);
});

describe("only lib/db imports the generated Prisma client", () => {
  it.each([
    ["lib/programme/x.ts", GENERATED],
    ["lib/programme/x.ts", PRISMA],
    ["lib/listing/x.ts", GENERATED],
    ["scripts/x.ts", PRISMA],
  ])("refuses it in %s", async (path, code) => {
    expect(await restrictedImports(path, code)).toHaveLength(1);
  }, 60_000);

  it("allows it in lib/db", async () => {
    expect(await restrictedImports("lib/db/x.ts", 'import { PrismaClient } from "./generated/client";\nexport const client = new PrismaClient();\n')).toEqual([]);
  }, 60_000);
});
