import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

// Unmatched URLs: proxy.ts rewrites every page path to /<locale>/…, so an unknown one lands here
// and gets the not-found page inside the site's frame, in its language. InPageNotFound, not a
// bare notFound(), so that the server's HTML is complete (see there).
export const generateMetadata = notFoundMetadata;

// Like the detail pages (foerderprogramme/[slug]): rendered on request as an ISR route, where the
// notFound() inside InPageNotFound sets the 404 status (a plain static render answered 200). The
// page cache never stores a 404 (lib/cache/page-rules.cjs), so made-up paths cannot fill it.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default function UnknownPage() {
  return <InPageNotFound />;
}
