import { Link } from "@/components/navigation/link";
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
    <section aria-labelledby={headingId} className={className ? `link-box ${className}` : "link-box"} data-testid={testId}>
      <Heading id={headingId}>{heading}</Heading>
      {intro && <p>{intro}</p>}
      <ul {...(inline && { "data-inline": "" })}>
        {links.map((link) => {
          // Only what is set: an undefined prop still travels in the flight payload, by name.
          const props = {
            href: link.href,
            ...(link.strong && { "data-strong": "" }),
            ...(link.ariaLabel && { "aria-label": link.ariaLabel }),
          };
          return (
            <li key={link.href}>
              {link.file ? (
                <a {...props} {...(link.type && { type: link.type })}>
                  {link.label}
                </a>
              ) : (
                <Link {...props}>{link.label}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
