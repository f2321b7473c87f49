import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

// Unmatched URLs: proxy.ts rewrites every page path to /<locale>/…, so an unknown one lands here
// and gets the not-found page inside the site's frame, in its language. InPageNotFound, not a
// bare notFound(), so that the server's HTML is complete (see there).
export const generateMetadata = notFoundMetadata;

export default function UnknownPage() {
  return <InPageNotFound />;
}
