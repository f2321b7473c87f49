"use client";

import { Link } from "@/components/navigation/link";
import type { StatusView } from "@/components/cards/card-view";
import { StatusLine } from "@/components/cards/status-line";

export interface DeadlineRowView {
  slug: string;
  /** The programme's page in the reader's language. */
  href: string;
  title: string;
  /** "de" when the title is the German original on a French or English page. */
  titleLang?: "de";
  deadline: string;
  /** "Frist: Montag, 14. Dezember 2026" */
  deadlineText: string;
  /** The first entry of its day is anchored as tag-<day>. */
  anchor: boolean;
  status: StatusView;
  /** "Fördergeber: …", the organisation's German name marked on French and English pages */
  fundingBody: React.ReactNode;
}

// A client component only so that the flight payload carries the rows as data, like the list cards
// (components/cards/card.tsx): /fristen shows every upcoming deadline at once.
export function DeadlineRows({ rows }: { rows: DeadlineRowView[] }) {
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.slug} id={row.anchor ? `tag-${row.deadline}` : undefined} className="border-b border-line py-4" data-deadline={row.deadline}>
          <p className="text-sm font-semibold">
            <time dateTime={row.deadline}>{row.deadlineText}</time>
          </p>
          <p className="card-title">
            <Link href={row.href} lang={row.titleLang}>
              {row.title}
            </Link>
          </p>
          <StatusLine view={row.status} />
          <p className="mt-1 text-sm text-muted">{row.fundingBody}</p>
        </li>
      ))}
    </ul>
  );
}
