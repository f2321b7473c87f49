import common from "@/messages/de/common.json";

// The page every request gets while the database is unreachable (proxy.ts): complete, German,
// without scripts or other files (nothing else may be reachable either), with 503 and Retry-After
// so that browsers, crawlers and monitoring treat it as temporary.
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function outageResponse(path: string): Response {
  const t = common.outage;
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)} – ${escape(common.site.name)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5}main{max-width:40rem;margin:10vh auto;padding:1rem}a{color:#1d4ed8}</style>
</head>
<body>
<main id="inhalt">
<p>${escape(common.site.name)}</p>
<h1>${escape(t.title)}</h1>
<p>${escape(t.text)}</p>
<p>${escape(t.retry)} <a href="${escape(path)}">${escape(t.reload)}</a></p>
<p><a href="/">${escape(t.home)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
