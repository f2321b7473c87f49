"use client";

import { StatusLine } from "@/components/cards/status-line";
import { TextParts } from "@/components/cards/text-parts";
import { Link } from "@/components/navigation/link";
import type { MatchView, Sentence } from "./match-view";

// A client component only so that the flight payload carries the matches as data (match-view.ts);
// no state, no effects, rendered to HTML on the server like the list cards. Styled through .matches
// in app/globals.css: a result sends up to twenty matches, twice, so their elements have no classes.

/** `after` joins the text, so the HTML has one text node, not two with a marker between. */
function Text({ sentence, after = "" }: { sentence: Sentence; after?: string }) {
  if (typeof sentence === "string") return sentence + after;
  return (
    <>
      <TextParts parts={sentence} />
      {after}
    </>
  );
}

export function MatchList({ matches, whyHeading, checkHeading }: { matches: MatchView[]; whyHeading: string; checkHeading: string }) {
  return (
    <ol className="matches">
      {matches.map((match) => (
        <li key={match.href}>
          <h3>
            <Link href={match.href} lang={match.titleLang}>
              {match.title}
            </Link>
          </h3>
          <StatusLine view={match.status} />
          <p className="meta" lang={match.metaLang}>
            {match.meta}
          </p>
          <p className="score">{match.score}</p>
          <div>
            <div>
              <h4>{whyHeading}</h4>
              <ul>
                {match.reasons.map(([reason, points], index) => (
                  <li key={index}>
                    <Text sentence={reason} after=" " />
                    <span>{points}</span>
                  </li>
                ))}
              </ul>
            </div>
            {match.checks.length > 0 && (
              <div>
                <h4>{checkHeading}</h4>
                <ul>
                  {match.checks.map((check, index) => (
                    <li key={index}>
                      <Text sentence={check} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
