// Where the e2e run's mails go, and how the demo starts its mail catcher (scripts/mail-catcher.mjs).
// Node built-ins only: imported by playwright.config.ts and scripts/demo.mjs.
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { startBackground } from "./proc.mjs";

/** SMTP port and folder of the e2e run's catcher: shared by playwright.config.ts and the tests. */
export function e2eMailCatcher(appPort) {
  return {
    smtpPort: Number(process.env.E2E_SMTP_PORT ?? appPort + 1000),
    dir: resolve(process.env.E2E_MAIL_DIR ?? (process.env.E2E_BASE_URL ? ".mail" : "test-results/mail")),
  };
}

/** The command line that runs the catcher (as a Playwright web server, or below). */
export function mailCatcherArgs({ smtpPort, httpPort, dir, clear = false }) {
  return [
    "scripts/mail-catcher.mjs",
    "--smtp-port",
    String(smtpPort),
    ...(httpPort ? ["--http-port", String(httpPort)] : []),
    "--dir",
    dir,
    ...(clear ? ["--clear"] : []),
  ];
}

/** Starts the catcher in the background; resolves to its URLs once it listens. */
export function startMailCatcher(options) {
  const child = startBackground("node", mailCatcherArgs(options), { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((ready, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const listening = /^MAIL_CATCHER_READY (\S+)(?: (\S+))?/.exec(line);
      if (listening) ready({ child, smtpUrl: listening[1], webUrl: listening[2] ?? null });
      else console.log(`[mail-catcher] ${line}`);
    });
    child.once("exit", (code) => reject(new Error(`the mail catcher exited (code ${code})`)));
  });
}
