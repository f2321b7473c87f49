import type { Page } from "@playwright/test";

/** Records requests that leave the portal's origin (public pages must make none); check the array at the end. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && url.protocol !== "data:") foreign.push(request.url());
  });
  return foreign;
}
