import type { Page } from "@playwright/test";

export type CapturedAction = { actionId: string; contentType: string; body: Buffer };

/**
 * Holds back the next server-action POST to URLs matching `url` and resolves with what it would have
 * sent (id in the Next-Action header, encoded form body), so a test can replay it directly.
 */
export function captureServerAction(page: Page, url: string): Promise<CapturedAction> {
  return new Promise((resolve) => {
    void page.route(url, async (route) => {
      const request = route.request();
      const actionId = request.headers()["next-action"];
      if (request.method() === "POST" && actionId) {
        resolve({ actionId, contentType: request.headers()["content-type"] ?? "", body: request.postDataBuffer() ?? Buffer.alloc(0) });
        await route.abort();
      } else await route.continue();
    });
  });
}
