import { createRequire } from "node:module";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { IMPORT_BODY_LIMIT_BYTES } from "./lib/security/body-limits";
import { contentSecurityPolicy, staticPolicySource } from "./lib/security/content-security-policy";
import { PAGE_CACHE_CONTROL, pageCacheControlSource } from "./lib/cache/page-cache-control";

const isProduction = process.env.NODE_ENV === "production";

// Everything is served from our own origin: no fonts, scripts or images from elsewhere.
// The Content Security Policy comes in two variants (lib/security/content-security-policy.ts):
// the areas rendered per request anyway (sign-in, password pages, the signed-in areas) get a
// strict one with a per-request nonce from proxy.ts, and no header from here (two CSP headers
// would both be enforced). Every other page gets this static one, with 'unsafe-inline' for
// scripts: those pages come from the page cache, and a nonce would force each of them to render
// per request (measured and decided in docs/architecture.md, "Content Security Policy").
const staticContentSecurityPolicy = contentSecurityPolicy({ development: !isProduction });

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const require = createRequire(import.meta.url);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Page and data cache: shared in Redis when REDIS_URL is set, else in memory; pages also expire
  // at the instant a programme's derived status changes (lib/cache/page-cache-handler.cjs).
  cacheHandler: require.resolve("./lib/cache/page-cache-handler.cjs"),
  // No second in-memory copy in front of the handler: it would not hear of other instances' edits.
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403 for signed-in users without the permission.
  // serverActions.bodySizeLimit is global, so it is the import upload's; proxy.ts refuses larger
  // bodies, and every other path's smaller ones, with 413 first (lib/security/body-limits.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: IMPORT_BODY_LIMIT_BYTES } },
  // proxy.ts sees the request URL as the instance received it, so the rewrites it builds from
  // request.url are the instance's own address and stay internal. Without this, Next hands proxy.ts
  // a URL whose loopback host reads "localhost", while it compares rewrites with the address it
  // listens on ("127.0.0.1" with `next start --hostname 127.0.0.1`, as deployed): every rewrite of
  // a German page or list went out over HTTP to the instance again (vercel/next.js#94745; over
  // https behind a TLS proxy, a 500). The price: proxy.ts drops the client navigations' `_rsc`
  // parameter itself (docs/architecture.md, "Languages"; tests/cluster counts the hops).
  skipProxyUrlNormalize: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: staticPolicySource(), headers: [{ key: "Content-Security-Policy", value: staticContentSecurityPolicy }] },
      // Public pages: any cache in front asks the instance first (lib/cache/page-cache-control.ts).
      { source: pageCacheControlSource(), headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }] },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
