import { notFound } from "next/navigation";

// Unmatched URLs: proxy.ts rewrites every page path to /<locale>/…, so an unknown one lands here
// and gets app/[locale]/not-found.tsx inside the site's frame, in its language.
export default function UnknownPage() {
  notFound();
}
