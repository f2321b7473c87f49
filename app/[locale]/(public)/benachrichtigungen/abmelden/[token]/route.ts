import { NextResponse, type NextRequest } from "next/server";
import { ALERT_UNSUBSCRIBED_PATH, alertUnsubscribeButtonPath } from "@/lib/alerts/links";
import { unsubscribeAddress } from "@/lib/alerts/manage";

// The List-Unsubscribe address of every digest (RFC 8058). A mail client's one-click POST
// ("List-Unsubscribe=One-Click") unsubscribes at once, without a page; the button of our own page
// posts here too and is sent on to the confirmation page. GET changes nothing (mail scanners and
// previews follow links): it leads to the page with the button. Nothing here is logged.

type Context = { params: Promise<{ token: string }> };

export async function POST(request: NextRequest, { params }: Context) {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  await unsubscribeAddress(token);
  if (form?.get("seite") === "1") return NextResponse.redirect(new URL(ALERT_UNSUBSCRIBED_PATH, request.url), 303);
  // Unknown or used tokens get the same answer: the address is not subscribed (any more).
  return new NextResponse("Abgemeldet.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, { params }: Context) {
  const { token } = await params;
  return NextResponse.redirect(new URL(alertUnsubscribeButtonPath(encodeURIComponent(token)), request.url), 303);
}
