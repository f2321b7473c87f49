import Link from "next/link";
import type { ReactNode } from "react";

export interface BoxLink {
  href: string;
  label: string;
  /** a file or another scheme (webcal:, .ics, a feed): a plain anchor, never client-side navigation */
  file?: boolean;
  /** the link's media type, for files */
  type?: string;
  strong?: boolean;
  /** a fuller name where the visible label is short ("Benachrichtigen" → what about) */
  ariaLabel?: string;
}

interface Props {
  headingId: string;
  heading: string;
  intro?: ReactNode;
  links: readonly BoxLink[];
  testId: string;
  headingLevel?: "h2" | "h3";
  /** links side by side (few, short) rather than one per line */
  inline?: boolean;
  /** spacing and print rules of the place it stands in */
  className?: string;
}

/**
 * The highlighted box of follow-up links under a list, a search or a page: calendar, feed,
 * e-mail alert. One frame, so they look and read alike wherever they appear.
 */
export function LinkBox({ headingId, heading, intro, links, testId, headingLevel: Heading = "h2", inline = false, className = "" }: Props) {
  return (
    <section aria-labelledby={headingId} className={`border-l-4 border-brand-600 bg-brand-50 px-4 py-3 ${className}`} data-testid={testId}>
      <Heading id={headingId} className="text-lg font-bold">
        {heading}
      </Heading>
      {intro && <p className="mt-1 text-sm">{intro}</p>}
      <ul className={inline ? "mt-2 flex flex-wrap gap-x-6 gap-y-1" : "mt-2 space-y-1"}>
        {links.map((link) => {
          const props = { href: link.href, className: link.strong ? "font-semibold" : undefined, "aria-label": link.ariaLabel };
          return <li key={link.href}>{link.file ? <a {...props} type={link.type}>{link.label}</a> : <Link {...props}>{link.label}</Link>}</li>;
        })}
      </ul>
    </section>
  );
}
