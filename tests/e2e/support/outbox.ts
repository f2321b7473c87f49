import type { Browser, Page } from "@playwright/test";
import { signedInPage } from "./sign-in";

/** The newest mail to `address` in /redaktion/postausgang, read on a page signed in as an editor: the path of its link matching `pattern`. */
export async function outboxLinkPath(editor: Page, address: string, pattern: RegExp): Promise<string> {
  await editor.goto("/redaktion/postausgang");
  await editor.getByRole("row").filter({ hasText: address }).first().getByRole("link").click();
  const text = await editor.getByTestId("mail-text").innerText();
  const link = pattern.exec(text)?.[0];
  if (!link) throw new Error(`no link matching ${pattern} in the mail to ${address}:\n${text}`);
  return new URL(link).pathname;
}

/** The same, read in a context of its own signed in as the demo editor. */
export async function linkFromOutbox(browser: Browser, address: string, pattern: RegExp): Promise<string> {
  const editor = await signedInPage(browser, "redaktion@regiontrier.example");
  try {
    return await outboxLinkPath(editor.page, address, pattern);
  } finally {
    await editor.context.close();
  }
}
