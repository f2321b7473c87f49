"use client";

import { useEffect } from "react";

/**
 * Moves the focus to the element with `targetId` when the page opens, so that after a submit a
 * screen reader announces the outcome (the result heading) instead of starting at the top again.
 * Only with JavaScript; a link with a fragment keeps its own target.
 */
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (window.location.hash) return;
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
