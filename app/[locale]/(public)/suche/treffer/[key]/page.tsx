import { notFound } from "next/navigation";
import { decodeListKey } from "@/lib/listing/canonical";
import { SearchPage, searchPageMetadata } from "../../_page/search-page";

interface Props {
  params: Promise<{ key: string }>;
}

// One cached render per canonical /suche query (proxy.ts; no link points here). Edits of any
// searchable type, topics and synonyms expire it by tag; it expires at Berlin midnight and when an
// event ends, since hits show today's statuses. Bounded like the list views (page-rules.cjs).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return searchPageMetadata(decodeListKey((await params).key) ?? {});
}

export default async function CachedSearchPage({ params }: Props) {
  const raw = decodeListKey((await params).key);
  if (!raw) notFound();
  return <SearchPage raw={raw} />;
}
