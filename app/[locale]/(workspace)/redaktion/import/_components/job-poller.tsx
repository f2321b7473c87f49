"use client";

import { useEffect, useTransition } from "react";
import { useRouter } from "next/navigation";

const INTERVAL_MS = 2000;

/**
 * Re-renders the job page 2 s after the previous refresh finished, while the import runs (the
 * server renders the new counter); unmounted once the job is done. A fixed interval would cancel
 * a slow refresh with the next one and never show anything. Without JavaScript the <noscript>
 * refresh does the same.
 */
export function JobPoller() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  useEffect(() => {
    if (refreshing) return;
    const timer = setTimeout(() => startTransition(() => router.refresh()), INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [refreshing, router]);
  // A meta refresh inside <noscript> only acts without JavaScript; as HTML so React does not hoist it.
  return <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="${INTERVAL_MS / 1000}">` }} />;
}
