import { expect, type Page } from "@playwright/test";
import { isRichText, plainTextToHtml, toParagraphs } from "../../../lib/rich-text/plain";

// What the server stores for the same text typed into the textarea (lib/rich-text/sanitize.ts):
// plain text and inline markup keep their blank lines as paragraphs.
const BLOCK = /<\/?(?:p|ul|ol|li|h[1-6])\b/i;
const toHtml = (text: string) => (!isRichText(text) ? plainTextToHtml(text) : BLOCK.test(text) ? text : toParagraphs(text, (line) => line));

/** The editable area of the rich-text field labelled `label`, once the editor has started. */
export function richTextEditor(page: Page, label: string) {
  return page.locator("[data-rich-text-editor]").getByRole("textbox", { name: label, exact: true });
}

/**
 * Fills a rich-text field in either mode. With JavaScript the text goes into the editor as a
 * paste of HTML (what an editor does when copying from another program; plain text is converted
 * the way the server converts a typed textarea, so assertions hold in both modes); without
 * JavaScript (`javaScript: false`) it is typed into the textarea as HTML.
 */
export async function fillRichText(page: Page, label: string, text: string, { javaScript = true } = {}) {
  if (!javaScript) {
    await page.getByLabel(label, { exact: true }).fill(text);
    return;
  }
  const box = richTextEditor(page, label);
  // The editor starts after hydration, which takes a few seconds on two busy cores.
  await expect(box).toBeVisible({ timeout: 30_000 });
  await box.click();
  await box.press("ControlOrMeta+a");
  await box.press("Delete");
  if (!text) return;
  const html = toHtml(text);
  await box.evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData("text/html", content);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(box).not.toHaveText("");
}
