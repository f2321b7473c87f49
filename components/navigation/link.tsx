"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

// The three intent events are this component's own; no caller needs them.
type Props = Omit<ComponentProps<typeof NextLink>, "onMouseEnter" | "onFocus" | "onTouchStart">;

/**
 * next/link that loads the linked page ahead only when the reader reaches for it: the pointer over
 * the link, keyboard focus on it, or a finger on it (the pattern of Next's prefetching guide). By
 * default every link prefetches as soon as it is on screen; a page view then cost up to 50 requests
 * and 100 KB of transfer for pages nobody opened, several times the page itself: too much for a
 * phone on a slow connection, and for the instances serving them (docs/architecture.md, "Prefetching").
 */
export function Link({ prefetch, ...props }: Props) {
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  return (
    <NextLink
      {...props}
      // null is Next's default prefetch once the reader shows intent; a caller's false stays false.
      prefetch={reached && prefetch !== false ? (prefetch ?? null) : false}
      onMouseEnter={reach}
      onFocus={reach}
      onTouchStart={reach}
    />
  );
}
