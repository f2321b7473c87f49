import { serializeJsonLd } from "@/lib/seo/json-ld";

/** Structured data for search engines; invisible, and escaped so no entry text can leave the script. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
