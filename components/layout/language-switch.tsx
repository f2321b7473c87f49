"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { alternateUrls, isGermanOnly, localizedPath, visiblePath } from "@/lib/i18n/routing";

export interface LanguageSwitchProps {
  locale: Locale;
  siteUrl: string;
  label: string;
  names: Record<Locale, string>;
}

// The current page in the other languages, with its filters (a cached list view's key is its
// query, lib/i18n/routing.ts). A client component only to read the route's segments, which the
// root layout cannot see; the segments are known while the page is rendered on the server, so
// the links are in the HTML and work without JavaScript. The hreflang alternates are rendered
// here for the same reason; React puts <link> elements into the document's head.
//
// Imported, not lazy: a lazy component needs a Suspense boundary, and React 19.2 moves a finished
// boundary of more than 500 bytes behind the rest of the page once the page is over 12.8 KB
// (progressive chunking). A switch with a long query (a filtered list, a Förder-Check result)
// then came last in the HTML, in a hidden <div> that only JavaScript reveals: no language switch
// without JavaScript, and the header shifted down when the end of the page arrived.
export function LanguageSwitch({ locale, siteUrl, label, names }: LanguageSwitchProps) {
  const path = visiblePath(useSelectedLayoutSegments());
  if (isGermanOnly(path.split("?")[0] ?? path)) return null;
  const alternates = alternateUrls(siteUrl, path);
  return (
    <>
      {Object.entries(alternates).map(([hreflang, href]) => (
        <link key={hreflang} rel="alternate" hrefLang={hreflang} href={href} />
      ))}
      <nav aria-label={label} className="lang-switch">
        <ul>
          {LOCALES.map((other) => (
            <li key={other}>
              <a
                href={localizedPath(other, path)}
                hrefLang={other}
                lang={other}
                aria-current={other === locale ? "true" : undefined}
              >
                {names[other]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
