import { defineConfig, devices } from "@playwright/test";
import { appEnv } from "./scripts/lib/app-env.mjs";
import { withDatabase } from "./scripts/lib/database.mjs";
import { e2eMailCatcher, mailCatcherArgs } from "./scripts/lib/mail-catcher.mjs";

// scripts/test.mjs picks a free port and passes E2E_PORT; `npm run test:e2e` alone uses 3100.
const port = Number(process.env.E2E_PORT ?? 3100);
// localhost, not 127.0.0.1: auth cookies and CSRF checks are bound to the host name.
// E2E_BASE_URL points the tests at a server that already runs (e.g. the demo); none is started then.
const externalServer = process.env.E2E_BASE_URL;
const baseURL = externalServer ?? `http://localhost:${port}`;
// Prepared (migrated, seeded) and built against by scripts/test.mjs before Playwright starts.
const databaseUrl = process.env.E2E_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_e2e");
// The app sends every mail over SMTP to a local catcher; the tests read links from its .eml files
// (tests/e2e/support/outbox.ts), never from a page of the portal.
const mail = e2eMailCatcher(port);
// The page cache lives in Redis, as with several instances in production (tests/e2e/cluster.spec.ts
// starts a second one). One key prefix per run, so parallel runs sharing a Redis do not collide;
// fixed in the main process, whose environment the workers inherit (global-teardown.ts deletes it).
process.env.E2E_CACHE_KEY_PREFIX ??= `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}:`;
const redisUrl = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/0";
// TRUSTED_PROXIES=1: as behind nginx, so a spec can act as a client of its own (X-Forwarded-For).
const serverEnv = {
  ...appEnv({ port, databaseUrl }),
  SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
  TRUSTED_PROXIES: "1",
  REDIS_URL: redisUrl,
  CACHE_KEY_PREFIX: process.env.E2E_CACHE_KEY_PREFIX,
};
// The same environment (session secret included) for the second instance of cluster.spec.ts.
process.env.E2E_SERVER_ENV ??= JSON.stringify(serverEnv);

export default defineConfig({
  testDir: "tests/e2e",
  // A subfolder: Playwright empties outputDir on start, and test-results/ also holds the run's reports.
  outputDir: "test-results/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  // Generous: axe runs over whole pages, and CI shares two cores with the server it tests. A CI
  // machine ran the suite three times slower than an idle one (34 against 11 minutes), and an
  // eight-page axe test that takes 11 s here outran 60 s there.
  timeout: 120_000,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "test-results/playwright.json" }],
  ],
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium: Playwright must never try to download a browser (no CDN access).
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: externalServer
    ? undefined
    : [
        {
          command: `node ${mailCatcherArgs({ smtpPort: mail.smtpPort, dir: mail.dir, clear: true }).join(" ")}`,
          port: mail.smtpPort,
          reuseExistingServer: false,
          timeout: 30_000,
          stdout: "ignore",
          stderr: "pipe",
        },
        {
          command: `node node_modules/.bin/next start -p ${port}`,
          // Ready when the port accepts connections; tests/e2e/global-setup.ts then checks /api/health
          // so that a missing database fails fast with a clear message instead of a timeout.
          port,
          env: serverEnv,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
          stdout: "ignore",
          stderr: "pipe",
        },
        {
          // The job worker (npm run worker) delivers the app's mails to the catcher. No port: it is
          // ready when it says so on stderr.
          command: "node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/worker.ts",
          wait: { stderr: /worker: working/ },
          env: {
            ...appEnv({ port, databaseUrl }),
            SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
            APP_INTERNAL_URL: `http://127.0.0.1:${port}`,
            JOBS_POLL_SECONDS: "0.5",
          },
          reuseExistingServer: false,
          timeout: 60_000,
          stdout: "ignore",
          stderr: "pipe",
        },
      ],
});
