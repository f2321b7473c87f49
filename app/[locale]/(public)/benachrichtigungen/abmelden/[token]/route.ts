import { NextResponse, type NextRequest } from "next/server";
import { ALERT_UNSUBSCRIBED_PATH, alertUnsubscribeButtonPath } from "@/lib/alerts/links";
import { unsubscribeAddress } from "@/lib/alerts/manage";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";

// The List-Unsubscribe address of every digest (RFC 8058). A mail client's one-click POST
// ("List-Unsubscribe=One-Click") unsubscribes at once, without a page; the button of our own page
// posts here too and is sent on to the confirmation page. GET changes nothing (mail scanners and
// previews follow links): it leads to the page with the button. Nothing here is logged.
// The pages it leads to keep the address's language: the mails link the subscriber's language,
// and the French and English button pages post to /fr/… and /en/… (the route's own segment).

type Context = { params: Promise<{ locale: string; token: string }> };

const pageOf = (locale: string, path: string, request: NextRequest) => new URL(localizedPath(isLocale(locale) ? locale : DEFAULT_LOCALE, path), request.url);

export async function POST(request: NextRequest, { params }: Context) {
  const { locale, token } = await params;
  const form = await request.formData().catch(() => null);
  await unsubscribeAddress(token);
  if (form?.get("seite") === "1") return NextResponse.redirect(pageOf(locale, ALERT_UNSUBSCRIBED_PATH, request), 303);
  // Unknown or used tokens get the same answer: the address is not subscribed (any more).
  return new NextResponse("Abgemeldet.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, { params }: Context) {
  const { locale, token } = await params;
  return NextResponse.redirect(pageOf(locale, alertUnsubscribeButtonPath(encodeURIComponent(token)), request), 303);
}
