"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const INTERVAL_MS = 2000;

/**
 * Re-renders the job page every 2 s while the import runs (the server renders the new counter);
 * unmounted once the job is done. Without JavaScript the <noscript> refresh does the same.
 */
export function JobPoller() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), INTERVAL_MS);
    return () => clearInterval(timer);
  }, [router]);
  // A meta refresh inside <noscript> only acts without JavaScript; as HTML so React does not hoist it.
  return <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="${INTERVAL_MS / 1000}">` }} />;
}
