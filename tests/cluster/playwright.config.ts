import { defineConfig, devices } from "@playwright/test";

// `npm run test:cluster` (scripts/test-cluster.mjs) starts two instances, a worker and nginx, then
// runs these specs with their addresses: CLUSTER_URL_A, CLUSTER_URL_B, CLUSTER_URL_NGINX.
const baseURL = process.env.CLUSTER_URL_A;
if (!baseURL) throw new Error("Run the cluster specs through `npm run test:cluster`, which starts the cluster.");

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/cluster",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "test-results/cluster-playwright.json" }]],
  use: { baseURL, locale: "de-DE", timezoneId: "Europe/Berlin", trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium, as in playwright.config.ts: never a downloaded browser.
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
});
