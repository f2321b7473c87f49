import de from "@/messages/de/security.json";
import en from "@/messages/en/security.json";
import fr from "@/messages/fr/security.json";
import { catalogueTranslators } from "@/lib/i18n/catalogue-translators";
import { localizedPath, splitLocale } from "@/lib/i18n/routing";

// A refusal answered from proxy.ts, where no page renders: a small HTML page in the language of the
// address (/fr/…, /en/…, else German), or an RFC 9457 problem document under /api/. Nothing from
// the request is echoed back.
const TRANSLATORS = catalogueTranslators("security", { de, fr, en });

export type RefusalReason = "tooLarge" | "lengthRequired" | "foreignOrigin" | "badRequest";

const TITLES: Record<number, string> = { 400: "Bad Request", 403: "Forbidden", 411: "Length Required", 413: "Content Too Large" };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function refusal(reason: RefusalReason, status: number, pathname: string, values: Record<string, string> = {}): Response {
  const locale = splitLocale(pathname).prefix ?? "de";
  const t = TRANSLATORS[locale];
  const title = t(`refused.${reason}.title`);
  const detail = t(`refused.${reason}.text`, values);
  // The client may not have finished sending its body; the connection must not be reused for it.
  const common = { "Cache-Control": "no-store", Connection: "close" };
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail: `${title}. ${detail}` };
    return new Response(JSON.stringify(problem), {
      status,
      headers: { ...common, "Content-Type": "application/problem+json; charset=utf-8", "Content-Language": "de" },
    });
  }
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("refused.pageTitle"))}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p><p><a href="${localizedPath(locale, "/")}">${escapeHtml(t("refused.home"))}</a></p></main>
</body></html>`;
  return new Response(html, { status, headers: { ...common, "Content-Type": "text/html; charset=utf-8", "Content-Language": locale } });
}
