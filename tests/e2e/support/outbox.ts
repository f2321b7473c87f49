import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { e2eMailCatcher } from "../../../scripts/lib/mail-catcher.mjs";

// Mails reach the tests the way they reach people: over SMTP, here to the local catcher that
// playwright.config.ts starts (scripts/mail-catcher.mjs writes one .eml file per mail). The
// portal's outbox page never shows a usable link, so it cannot be the source.
const { dir } = e2eMailCatcher(Number(process.env.E2E_PORT ?? 3100));

/** `headers`: lower-case name → value (unfolded) of each header line, e.g. "list-unsubscribe". */
export type CaughtMail = { file: string; to: string[]; subject: string; text: string; html: string; date: Date; headers: Record<string, string> };

/** Every caught mail to `address`, newest first. */
export async function caughtMails(address: string): Promise<CaughtMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".eml")).sort().reverse();
  const mails: CaughtMail[] = [];
  for (const file of files) {
    const parsed = await simpleParser(await readFile(join(dir, file)));
    const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase() ?? ""));
    if (!to.includes(address.toLowerCase())) continue;
    const headers = Object.fromEntries(parsed.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim()]));
    mails.push({ file, to, subject: parsed.subject ?? "", text: parsed.text ?? "", html: parsed.html || "", date: parsed.date ?? new Date(0), headers });
  }
  return mails;
}

/** The newest mail to `address` whose text matches `pattern`, waiting for it (mail goes out after the response). */
export async function waitForMail(address: string, pattern: RegExp, timeoutMs = 20_000): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(async () => (found = (await caughtMails(address)).find((mail) => pattern.test(mail.text))) !== undefined, {
      message: `a mail to ${address} matching ${pattern} in ${dir}`,
      timeout: timeoutMs,
    })
    .toBe(true);
  return found!;
}

/** The path of the link matching `pattern` in the newest mail to `address` that has one. */
export async function mailedLinkPath(address: string, pattern: RegExp): Promise<string> {
  const mail = await waitForMail(address, pattern);
  return new URL(pattern.exec(mail.text)![0]).pathname;
}
