import { createTranslator } from "next-intl";
import mailMessages from "@/messages/de/mail.json";

// Mails are plain text plus a simple, accessible HTML version of the same content. Every value is
// escaped: names and reasons come from users.
export type MailContent = {
  subject: string;
  /** the addressee's name; a neutral greeting without it */
  name?: string | null;
  paragraphs: string[];
  action?: { label: string; url: string; validUntil?: string };
};

export type RenderedMail = { subject: string; text: string; html: string };

const t = createTranslator({ locale: "de", messages: { mail: mailMessages }, namespace: "mail" });

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const htmlParagraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;

export function renderMail(content: MailContent): RenderedMail {
  const greeting = content.name ? t("greeting", { name: content.name }) : t("greetingAnonymous");
  const validity = content.action?.validUntil ? t("validUntil", { until: content.action.validUntil }) : null;
  const text = [
    greeting,
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(validity ? [validity] : []),
    t("closing"),
    "--",
    t("footer"),
  ].join("\n\n");

  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#00703c;color:#ffffff;padding:10px 16px;font-weight:bold;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>` +
      htmlParagraph(`${t("linkFallback")}\n${content.action.url}`)
    : "";
  const html = [
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:640px">`,
    htmlParagraph(greeting),
    ...content.paragraphs.map(htmlParagraph),
    action,
    validity ? htmlParagraph(validity) : "",
    htmlParagraph(t("closing")),
    `<hr><p style="font-size:14px;color:#484949">${escapeHtml(t("footer"))}</p>`,
    `</body></html>`,
  ].join("");
  return { subject: content.subject, text, html };
}
