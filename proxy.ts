import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { ADVISOR_DEFAULT_SORT } from "@/lib/advisor/listing";
import { EVENT_DEFAULT_SORT } from "@/lib/event/listing";
import { facetParamsOf, type ContentType } from "@/lib/facets/registry";
import { encodeListKey, syntacticParams, withSearchText, type ParamPairs } from "@/lib/listing/canonical";
import { FOERDER_CHECK_PATH } from "@/lib/foerder-check/answers";
import type { RawSearchParams } from "@/lib/listing/params";
import { MONTH_PARAM, VIEW_PARAM } from "@/lib/programme/deadline-view";
import { PROGRAMME_DEFAULT_SORT } from "@/lib/programme/listing";
import { PROVIDER_DEFAULT_SORT } from "@/lib/provider/listing";
import { INITIATIVE_DEFAULT_SORT } from "@/lib/initiative/listing";
import { SEARCH_PAGE_PARAMS } from "@/lib/search/query-params";
import { NEWS_DEFAULT_SORT } from "@/lib/news/listing";
import { guardRequest } from "@/lib/security/request-guard";
import { areaPermission } from "@/lib/auth/area-permissions";
import { tokenRoleLacks, tokenSubject } from "@/lib/auth/token-role";
import { editorEntryMissing } from "@/lib/db/editor-entries";
import { databaseAvailable } from "@/lib/db/availability";
import { INTERNAL_API_PREFIX, INTERNAL_REFUSED_PATH, isInternalRequest } from "@/lib/jobs/internal-token";
import { outageResponse } from "@/lib/db/outage-page";
import { contentSecurityPolicy, createNonce, usesNonce } from "@/lib/security/content-security-policy";
import { DEFAULT_LOCALE, PAGE_LOCALE_HEADER } from "@/lib/i18n/config";
import { isGermanOnly, isLocaleRouted, splitLocale } from "@/lib/i18n/routing";

// What this file does before any page runs:
// 1. guardRequest refuses what Next would answer with a 500 (foreign origins, oversized bodies,
//    undecodable paths), see lib/security/request-guard.ts.
// 2. Signed-in areas without a session cookie redirect to the sign-in page (a convenience only).
// 3. While the database is unreachable, every page answers a German 503 page with a retry hint
//    (lib/db/availability.ts) instead of rendering into a 500; /api/health answers for itself.
// 4. The directory lists are REWRITTEN to a route you will not guess from the URL:
//      /foerderprogramme?foerderart=zuschuss  →  app/[locale]/(public)/foerderprogramme/ansicht/[key]
//    where [key] is the canonical query (lib/listing/canonical.ts: sorted, de-duplicated, defaults
//    and unknown parameters dropped, base64url). Why: a filter-only list URL is then one ISR page
//    in the page cache per filter combination, so lists cost nothing on a hit. A text search (q,
//    cleaned as the list reads it) goes to <list>/treffer/[key] the same way: a repeated search is
//    a hit too, and the cache bounds searches apart from filter views (page-rules.cjs), so a flood
//    of made-up searches cannot push the filter views out. The visible URL never changes, so
//    filters stay bookmarkable GET forms. All routes render the same component from <list>/_list/;
//    <list>/page.tsx only answers what is too long to be a key. Parameters a list does not know
//    (tracking tags and the like) are dropped here already, so they cannot multiply cache entries.
//    /suche goes to /suche/treffer/[key] likewise. See docs/architecture.md, "Caching and freshness".
// 4. The Förder-Check is rewritten the same way to /foerder-check/ansicht/<key>, but with every
//    parameter in its arriving order: its canonical order is the order of the steps, and the page
//    itself redirects anything non-canonical (which the page cache does not store).
// 5. Requests that may run a server action (anything but GET and HEAD) carry the locale of their
//    address in PAGE_LOCALE_HEADER, set here and never taken from the client: an action posts to
//    the page it was sent from and answers in its language (lib/i18n/action-locale.ts).
// 6. The areas that render per request anyway (sign-in, password pages, the signed-in areas) get a
//    strict Content Security Policy with a fresh nonce on request and response; every other page
//    keeps the static one from next.config.ts (lib/security/content-security-policy.ts).
const LISTS: Record<string, { defaultSort: string; params: Set<string> }> = {
  "/foerderprogramme": list("programme", PROGRAMME_DEFAULT_SORT),
  "/berater": list("advisor", ADVISOR_DEFAULT_SORT),
  "/dienstleister": list("provider", PROVIDER_DEFAULT_SORT),
  "/veranstaltungen": list("event", EVENT_DEFAULT_SORT),
  "/veranstaltungen/archiv": list("event", EVENT_DEFAULT_SORT),
  "/initiativen": list("initiative", INITIATIVE_DEFAULT_SORT),
  "/aktuelles": list("news", NEWS_DEFAULT_SORT),
  // The programme filters, without sort and pages, plus the view and the calendar's month.
  "/fristen": { defaultSort: "", params: new Set([...facetParamsOf("programme"), VIEW_PARAM, MONTH_PARAM]) },
};

function list(type: ContentType, defaultSort: string) {
  return { defaultSort, params: new Set([...facetParamsOf(type), "sortierung", "seite"]) };
}

function knownParams(params: URLSearchParams, known: ReadonlySet<string>): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) if (known.has(key)) (raw[key] ??= []).push(value);
  return raw;
}

// Signed-in areas: without a session cookie, go to the sign-in page and come back afterwards.
// This only redirects, as a convenience; it tests for the cookie without decoding it. Pages
// (lib/auth/guard.ts) and every service (assertCan) do the real checks. Only GET and HEAD: a
// form post whose session has ended gets its answer from the action, which keeps what was typed.
const SIGNED_IN_AREAS = ["/redaktion", "/konto", "/mein-profil"];

function needsSignIn(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return false;
  return !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
}

// The 403 of a signed-in area for accounts without its permission (lib/auth/area-permissions.ts:
// the editor area for advisors and providers, the admins' pages for editors, /mein-profil for
// accounts without an entry of their own). The layout or page renders the refusal as a complete
// page (components/errors/in-page-forbidden.tsx), but a dynamic page cannot set its own status
// without blanking its HTML (forbidden() does that in Next 16), so the status is set here from the
// token's role. Only the status: what is shown is decided by the page from the database.
async function refusedArea(request: NextRequest, pathname: string): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const permission = areaPermission(pathname);
  return permission !== null && tokenRoleLacks(request.cookies, permission);
}

const EDITOR_AREA = "/redaktion";

// The 404 of an editor page whose entry is missing (/redaktion/foerderprogramme/<unknown id>):
// the page renders the not-found content itself (components/errors/in-page-not-found.tsx), and the
// status is set here for the same reason as the 403 above (lib/db/editor-entries.ts).
async function missingEditorEntry(request: NextRequest): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!request.nextUrl.pathname.startsWith(`${EDITOR_AREA}/`)) return false;
  return editorEntryMissing(request.nextUrl.pathname, await tokenSubject(request.cookies));
}

export async function proxy(request: NextRequest) {
  const pageLocale = withPageLocale(request);
  if (!usesNonce(request.nextUrl.pathname)) return routeRequest(request, forward(pageLocale));
  // The areas rendered per request get a strict Content Security Policy with a fresh nonce
  // (lib/security/content-security-policy.ts): on the request, from which Next reads the nonce for
  // the scripts it renders, and on whatever response leaves here (redirects and refusals too).
  const policy = contentSecurityPolicy({ nonce: createNonce(), development: process.env.NODE_ENV !== "production" });
  const headers = pageLocale ?? new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = await routeRequest(request, forward(headers));
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * The request headers with the address's locale for a server action (item 5 above), or undefined
 * when nothing needs changing: GET and HEAD run no action, so they keep their headers unless a
 * client sent the header itself, which is dropped.
 */
function withPageLocale(request: NextRequest): Headers | undefined {
  const readOnly = request.method === "GET" || request.method === "HEAD";
  if (readOnly && !request.headers.has(PAGE_LOCALE_HEADER)) return undefined;
  const headers = new Headers(request.headers);
  if (readOnly) headers.delete(PAGE_LOCALE_HEADER);
  else headers.set(PAGE_LOCALE_HEADER, splitLocale(request.nextUrl.pathname).prefix ?? DEFAULT_LOCALE);
  return headers;
}

type Next = (init?: { status?: number; rewrite?: URL }) => NextResponse;

/** On to the page (rewritten or not), with the request headers given (the nonce's policy). */
function forward(headers?: Headers): Next {
  return ({ rewrite, ...init } = {}) => {
    const options = headers ? { ...init, request: { headers } } : init;
    return rewrite ? NextResponse.rewrite(rewrite, options) : NextResponse.next(options);
  };
}

async function routeRequest(request: NextRequest, next: Next): Promise<NextResponse | Response> {
  const refused = guardRequest(request);
  if (refused) return refused;
  const { pathname: visible } = request.nextUrl;
  // Without the worker's token the internal routes answer like an unknown address, whatever the
  // method (a route handler alone would answer 405 to a GET and give itself away).
  if (visible.startsWith(INTERNAL_API_PREFIX) && !isInternalRequest(request.headers.get("authorization"))) {
    return next({ rewrite: ownAddress(request, INTERNAL_REFUSED_PATH) });
  }
  const { searchParams, search } = queryOf(request.nextUrl);
  if (visible !== "/api/health" && !(await databaseAvailable())) return outageResponse(`${visible}${search}`);
  const { prefix, path: pathname } = splitLocale(visible);
  // /de/… is the German pages' internal address, which only the rewrites below lead to. They stay
  // inside the instance and do not pass through here again (see ownAddress), so a /de/… seen here
  // was asked for from outside: it redirects to the visible, unprefixed address.
  if (prefix === DEFAULT_LOCALE || (prefix && isGermanOnly(pathname))) return redirectTo(request, pathname, search);
  const locale = prefix ?? DEFAULT_LOCALE;
  // The page's own route under app/[locale], for whatever is not rewritten to a cached view below.
  const page: Next = (init = {}) =>
    next(init.rewrite || prefix || !isLocaleRouted(pathname) ? init : { ...init, rewrite: ownAddress(request, `/${locale}${pathname}`, search) });
  if (needsSignIn(request)) {
    const signIn = new URL("/anmelden", request.url);
    signIn.search = new URLSearchParams({ weiter: `${pathname}${search}` }).toString();
    return NextResponse.redirect(signIn);
  }
  if (await refusedArea(request, pathname)) return page({ status: 403 });
  if (await missingEditorEntry(request)) return page({ status: 404 });
  if (request.method !== "GET" || search.length > 2000) return page();
  if (pathname === FOERDER_CHECK_PATH) {
    const key = encodeListKey([...searchParams] as ParamPairs);
    if (key.length > 2000) return page();
    return page({ rewrite: ownAddress(request, `/${locale}${FOERDER_CHECK_PATH}/ansicht/${key}`) });
  }
  if (pathname === SEARCH_PATH) return rewriteToKey(request, page, `/${locale}${SEARCH_PATH}`, "treffer", searchPagePairs(searchParams));
  const target = LISTS[pathname];
  if (!target) return page();
  const pairs = syntacticParams(knownParams(searchParams, target.params), target.defaultSort);
  const searched = withSearchText(pairs, { q: searchParams.getAll("q") });
  return rewriteToKey(request, page, `/${locale}${pathname}`, searched === pairs ? "ansicht" : "treffer", searched);
}

/**
 * A rewrite's target: `path` at the instance's own address. Next serves a rewrite internally only
 * when its origin is the one the instance listens on; any other origin (the public Host, or
 * "localhost" for an instance on 127.0.0.1) it fetches over HTTP, a second request that runs this
 * proxy again. request.url is that address because next.config.ts sets skipProxyUrlNormalize
 * (request.nextUrl's host is not: it reads "localhost" for any loopback address).
 */
function ownAddress(request: NextRequest, path: string, search = ""): URL {
  const url = new URL(path, request.url);
  url.search = search;
  return url;
}

function redirectTo(request: NextRequest, path: string, search: string) {
  const url = new URL(path, request.url);
  url.search = search;
  return NextResponse.redirect(url, 308);
}

// The cache-busting parameter of client-side navigations. With skipProxyUrlNormalize Next leaves it
// in the URL the proxy sees; it is no parameter of the page (Next puts it back on a rewrite itself),
// so it must not reach a cache key, a redirect or the sign-in page's return address.
const RSC_PARAM = "_rsc";

/** The query as the visitor's address has it. */
function queryOf(url: NextRequest["nextUrl"]): { searchParams: URLSearchParams; search: string } {
  if (!url.searchParams.has(RSC_PARAM)) return { searchParams: url.searchParams, search: url.search };
  const searchParams = new URLSearchParams(url.search);
  searchParams.delete(RSC_PARAM);
  const query = searchParams.toString();
  return { searchParams, search: query ? `?${query}` : "" };
}

const SEARCH_PATH = "/suche";

/** /suche's parameters in canonical order; the page itself is lenient, so it never redirects. */
function searchPagePairs(searchParams: URLSearchParams): ParamPairs {
  const raw = knownParams(searchParams, SEARCH_PAGE_PARAMS);
  return withSearchText(syntacticParams(raw, "relevanz"), raw);
}

function rewriteToKey(request: NextRequest, page: Next, path: string, route: "ansicht" | "treffer", pairs: ParamPairs) {
  const key = encodeListKey(pairs);
  // Longer keys than a cached page accepts (decodeListKey) render per request in <path>/page.tsx.
  if (key.length > 2000) return page();
  return page({ rewrite: ownAddress(request, `${path}/${route}/${key}`) });
}

export const config = {
  matcher: [
    // Every request but static assets passes guardRequest (body limits, foreign origins, bad encoding).
    "/((?!_next/static|_next/image|favicon.ico).*)",
    "/foerderprogramme",
    "/berater",
    "/dienstleister",
    "/fristen",
    "/foerder-check",
    "/veranstaltungen",
    "/veranstaltungen/archiv",
    "/initiativen",
    "/suche",
    "/aktuelles",
    "/redaktion/:path*",
    "/konto/:path*",
    "/mein-profil/:path*",
  ],
};
