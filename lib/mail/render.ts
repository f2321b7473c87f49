import { formatDateTime } from "@/lib/format";
import { catalogueTranslators } from "@/lib/i18n/catalogue-translators";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import deMail from "@/messages/de/mail.json";
import enMail from "@/messages/en/mail.json";
import frMail from "@/messages/fr/mail.json";
import { escapeHtml } from "./escape";
import { redactLink } from "./secret-link";

// Mails are plain text plus a simple, accessible HTML version of the same content. Every value is
// escaped: names and reasons come from users.
export type MailContent = {
  /** the addressee's language: the one of the page they filled in (German if none) */
  locale?: Locale;
  subject: string;
  /** the addressee's name; a neutral greeting without it */
  name?: string | null;
  paragraphs: string[];
  /** secret: the link opens something by itself (a token); detected from its shape when not set */
  action?: { label: string; url: string; validUntil?: Date; secret?: boolean };
  /**
   * A one-click unsubscribe link (alert digests): shown at the end of the mail and sent as
   * List-Unsubscribe (lib/mail/deliver.ts). Always secret: its last path segment is a token.
   */
  unsubscribe?: { label: string; url: string };
};

/** text and html as they may be stored: a secret link is redacted there and kept in secretLink. */
export type RenderedMail = { subject: string; text: string; html: string; secretLink: string | null; unsubscribeLink: string | null };

const TEXTS = catalogueTranslators("mail", { de: deMail, fr: frMail, en: enMail });

export { escapeHtml };

const htmlParagraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;

export function renderMail(content: MailContent): RenderedMail {
  const locale = content.locale ?? DEFAULT_LOCALE;
  const t = TEXTS[locale];
  const redacted = content.action ? redactLink(content.action.url, content.action.secret) : null;
  const secretLink = redacted ? content.action!.url : null;
  const action = content.action && { ...content.action, url: redacted ?? content.action.url };
  const greeting = content.name ? t("greeting", { name: content.name }) : t("greetingAnonymous");
  const validity = action?.validUntil ? t("validUntil", { until: formatDateTime(action.validUntil, locale) }) : null;
  const unsubscribeLink = content.unsubscribe?.url ?? null;
  const unsubscribeRedacted = unsubscribeLink ? redactLink(unsubscribeLink, true) : null;
  const unsubscribe = content.unsubscribe && unsubscribeRedacted ? `${content.unsubscribe.label}:\n${unsubscribeRedacted}` : null;
  const text = [
    greeting,
    ...content.paragraphs,
    ...(action ? [`${action.label}:\n${action.url}`] : []),
    ...(validity ? [validity] : []),
    t("closing"),
    "--",
    t("footer"),
    ...(unsubscribe ? [unsubscribe] : []),
  ].join("\n\n");

  const actionHtml = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#00703c;color:#ffffff;padding:10px 16px;font-weight:bold;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` +
      htmlParagraph(`${t("linkFallback")}\n${action.url}`)
    : "";
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:640px">`,
    htmlParagraph(greeting),
    ...content.paragraphs.map(htmlParagraph),
    actionHtml,
    validity ? htmlParagraph(validity) : "",
    htmlParagraph(t("closing")),
    `<hr><p style="font-size:14px;color:#484949">${escapeHtml(t("footer"))}</p>`,
    unsubscribe ? htmlParagraph(unsubscribe) : "",
    `</body></html>`,
  ].join("");
  if (!secretLink || !redacted) return { subject: content.subject, text, html, secretLink, unsubscribeLink };
  // The same link written into a paragraph is as secret as the button.
  const hide = (body: string, from: string, to: string) => body.split(from).join(to);
  return {
    subject: content.subject,
    text: hide(text, secretLink, redacted),
    html: hide(html, escapeHtml(secretLink), escapeHtml(redacted)),
    secretLink,
    unsubscribeLink,
  };
}
