"use client";

import { Link } from "@/components/navigation/link";
import { Fragment } from "react";
import { unpackCard, type CardWire } from "./card-wire";
import { StatusLine } from "./status-line";
import { TextParts } from "./text-parts";

// A client component only so that the flight payload carries the card as data (card-view.ts, in
// the short-key form of card-wire.ts); it has no state and no effects, and the server renders it
// to HTML like any other card.

/** Sanitized on the server (components/search/search-highlight.ts renderHighlight). */
function Text({ value, html, lang }: { value: string; html: boolean | undefined; lang?: string }) {
  if (html) return <span className="hl" lang={lang} dangerouslySetInnerHTML={{ __html: value }} />;
  return lang ? <span lang={lang}>{value}</span> : value;
}

export function Card({ wire }: { wire: CardWire }) {
  const view = unpackCard(wire);
  const Heading = view.heading;
  return (
    <article className="card">
      {/* Beside the linked name, so decorative (empty alt); a plain img as on the detail page. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      {view.logo && <img {...view.logo} alt="" loading="lazy" decoding="async" className="card-logo" data-logo />}
      {view.above && (
        <p className={view.above.tone === "kicker" ? "card-kicker" : "text-muted"}>
          <TextParts parts={view.above.parts} />
        </p>
      )}
      <Heading>
        <Link href={view.href}>
          <Text value={view.title} html={view.highlighted} lang={view.titleLang} />
        </Link>
      </Heading>
      {view.status && <StatusLine view={view.status} />}
      {view.below && (
        <p className={view.below.tone === "muted" ? "text-muted" : "font-semibold"}>
          <TextParts parts={view.below.parts} />
        </p>
      )}
      <p className="mt-2" lang={view.summaryLang}>
        <Text value={view.summary} html={view.highlighted} />
      </p>
      {view.langNote && <p className="text-sm text-muted">{view.langNote}</p>}
      {view.facts && view.facts.length > 0 && (
        <dl className="facts">
          {view.facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              <dd lang={fact.lang}>
                {fact.parts ? <TextParts parts={fact.parts} /> : fact.value}
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      {view.notes && (
        <ul className="mt-2 text-sm">
          {view.notes.map((note, index) => (
            <li key={index}>
              <TextParts parts={note} />
            </li>
          ))}
        </ul>
      )}
      {view.footer && (
        <p className="mt-2 text-sm font-semibold">
          <TextParts parts={view.footer} />
        </p>
      )}
    </article>
  );
}
