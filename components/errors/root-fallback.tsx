import common from "@/messages/de/common.json";

const { title, text } = common.rootFallback;

/**
 * The root's not-found, forbidden and unauthorized boundaries (app/not-found.tsx …), above the
 * root layout in app/[locale] and so outside every language: a complete German document, like
 * app/global-error.tsx; the HTTP status says which of the three it is. Every page's flight payload
 * carries these boundaries, so they are one element built once: the payload sends it once and
 * refers to it twice. Next's built-in ones sent 2.6 KB of English markup and inline styles with
 * every page, and a client component would have put its chunk on every page instead
 * (docs/architecture.md, "Page weight").
 */
export const ROOT_FALLBACK = (
  <html lang="de">
    <body>
      <title>{`${title} – ${common.site.name}`}</title>
      <main>
        <h1>{title}</h1>
        <p>{text}</p>
        {/* A full page load: no root layout stands above this document to navigate within. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">{common.site.home}</a>
      </main>
    </body>
  </html>
);
