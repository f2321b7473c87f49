import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/subscriptions/links";

/**
 * The public address of a path. Structured data, sitemaps and robots.txt need absolute URLs, and
 * behind a reverse proxy the request's own host is not the public one: SITE_URL is.
 */
export function publicUrl(path: string): string {
  return absoluteUrl(env.SITE_URL, path);
}
