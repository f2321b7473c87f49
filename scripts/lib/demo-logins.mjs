// Reads the demo logins from the seed's data module (TypeScript, so via the project's tsx).
import { existsSync } from "node:fs";
import { run } from "./proc.mjs";

const USERS_MODULE = "prisma/seed/data/users.ts";

/** [{ email, role, password }] from prisma/seed/data/users.ts, or null if unavailable. */
export async function readDemoLogins() {
  if (!existsSync(USERS_MODULE)) return null;
  // Print every export as JSON and pick the array of logins, whatever the export is called.
  const script = `import(${JSON.stringify(`./${USERS_MODULE}`)}).then((m) => console.log(JSON.stringify(m)))`;
  const { code, output } = await run("node_modules/.bin/tsx", ["--conditions=react-server", "--eval", script], {
    quiet: true,
  });
  if (code !== 0) return null;
  try {
    const exports = JSON.parse(output.trim().split("\n").at(-1));
    const isLogin = (item) => item && typeof item.email === "string" && typeof item.password === "string";
    return Object.values(exports).find((value) => Array.isArray(value) && value.length && value.every(isLogin)) ?? null;
  } catch {
    return null;
  }
}

export function printDemoLogins(logins) {
  if (!logins) {
    console.log(`Demo logins: not available (${USERS_MODULE} is missing or could not be read).`);
    return;
  }
  console.log("Demo logins:");
  const width = Math.max(...logins.map((login) => login.email.length));
  for (const { email, role, password } of logins) {
    console.log(`  ${String(role ?? "").padEnd(9)} ${email.padEnd(width)}  ${password}`);
  }
}
